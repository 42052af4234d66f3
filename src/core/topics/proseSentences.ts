/**
 * The prose sentences of an article's plain text: code lines, headings and fragments left in the
 * text (assignments, calls, prompts, braces; fewer than 5 or more than 80 words) are skipped, since
 * neither the gold set nor the weak labels should hold code. Offsets are into the whole text.
 */
import { paragraphRanges, splitSentences } from '../text';
import type { Token } from '../types';

// Code left in the article text as plain lines: assignments, calls, imports, prompts, braces.
// (`#` comments and `## [1]` R console output included.)
const CODE_LINE =
  /(?:^\s*(?:import|from|def|class|return|print|for|if|pip|conda|\$|>>>|\/\/|@)\s|^\s*#|\s#\w|['"]\w+['"]\s*:|\[\d+\]\s*"|[=;{}]\s*$|\w\(.*\)\s*$|^\s*[\w.]+\s*=|==|\b\w+\.\w+\(|^\s*[\]})]|`)/;

/** A line that looks like code left in the text (an assignment, a call, a prompt, a brace, a `#` comment). */
export function looksLikeCode(text: string): boolean {
  return CODE_LINE.test(text);
}

export function isProseSentence(text: string): boolean {
  const words = text.trim().split(/\s+/);
  if (words.length < 5 || words.length > 80) return false;
  if (text.includes('\n')) return false;
  return !looksLikeCode(text);
}

export interface ProseSentence {
  start: number;
  end: number;
  /** Tokens with offsets into the sentence's own text (`text.slice(start, end)`). */
  tokens: Token[];
}

export function proseSentences(text: string): ProseSentence[] {
  const sentences: ProseSentence[] = [];
  for (const paragraph of paragraphRanges(text)) {
    const body = text.slice(paragraph.start, paragraph.end);
    for (const sentence of splitSentences(body)) {
      const sentenceText = body.slice(sentence.start, sentence.end);
      if (!isProseSentence(sentenceText)) continue;
      sentences.push({
        start: paragraph.start + sentence.start,
        end: paragraph.start + sentence.end,
        tokens: splitSentences(sentenceText).flatMap((s) => s.tokens),
      });
    }
  }
  return sentences;
}
