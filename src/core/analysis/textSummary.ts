import { splitSentences } from '../text';

export interface TextSummary {
  characters: number;
  paragraphs: number;
  sentences: number;
  tokens: number;
}

/** Counts what a pasted text is made of; paragraphs are blocks separated by blank lines. */
export function summarizeText(text: string): TextSummary {
  const sentences = splitSentences(text);
  return {
    characters: text.length,
    paragraphs: text.split(/\n[^\S\n]*\n/).filter((block) => block.trim() !== '').length,
    sentences: sentences.length,
    tokens: sentences.reduce((sum, sentence) => sum + sentence.tokens.length, 0),
  };
}
