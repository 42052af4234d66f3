/**
 * Writes sentences as span JSONL: `{"text", "spans": [{"start", "end", "label"}], "tokens": [...]}`
 * a line. The text is the sentence's original `text` when it has one, else its tokens joined by
 * single spaces. `tokens` (Prodigy-style `{"start", "end"}`) makes the reading exact whatever the
 * tokenizer would do with the text; leave it out with `tokens: false` for tools that reject it.
 */
import { tagsToSpans } from '../tags';
import type { CharSpan } from '../types';
import type { DatasetSentence } from './types';

export interface WriteSpanJsonlOptions {
  /** Write each token's offsets (default true). */
  tokens?: boolean;
}

/** The text and token offsets of a sentence: its own, or rebuilt by joining tokens with spaces. */
export function sentenceText(sentence: DatasetSentence): { text: string; offsets: Array<[number, number]> } {
  if (sentence.text !== undefined && sentence.offsets !== undefined && sentence.offsets.length === sentence.tokens.length) {
    return { text: sentence.text, offsets: sentence.offsets };
  }
  const offsets: Array<[number, number]> = [];
  let position = 0;
  for (const token of sentence.tokens) {
    offsets.push([position, position + token.length]);
    position += token.length + 1;
  }
  return { text: sentence.tokens.join(' '), offsets };
}

export function writeSpanJsonl(sentences: readonly DatasetSentence[], options: WriteSpanJsonlOptions = {}): string {
  const withTokens = options.tokens ?? true;
  const lines = sentences.map((sentence) => {
    const { text, offsets } = sentenceText(sentence);
    const spans: CharSpan[] = tagsToSpans(sentence.tags ?? []).map(({ start, end, label }) => ({
      start: offsets[start][0],
      end: offsets[end - 1][1],
      label,
    }));
    const record: { text: string; spans: CharSpan[]; tokens?: Array<{ start: number; end: number }> } = { text, spans };
    if (withTokens) record.tokens = offsets.map(([start, end]) => ({ start, end }));
    return JSON.stringify(record);
  });
  return lines.length === 0 ? '' : lines.join('\n') + '\n';
}
