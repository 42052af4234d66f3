import type { AnalyzedDocument, AnalyzedSentence } from '../core/analysis';
import { splitSentences } from '../core/text';
import type { TextSentence } from '../core/types';
import type { NerModel } from './model';
import { abortError } from '../core/errors';

export interface AnalyzeOptions {
  signal?: AbortSignal;
  /** Called after each chunk with sentences done so far. */
  onProgress?: (sentencesDone: number, sentences: number) => void;
  /** Tokens predicted per chunk; between chunks the event loop runs (progress, cancel). */
  chunkTokens?: number;
}

/**
 * The tagger never sees more than this many tokens at once: a "sentence" of thousands of tokens
 * (a code listing, a table pasted without punctuation) is cut into pieces, each tagged on its own.
 * GMB's longest sentence has 104 tokens.
 */
export const MAX_PIECE_TOKENS = 128;

const yieldToEventLoop = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Tokens of each sentence as pieces of at most MAX_PIECE_TOKENS, remembering which sentence each came from. */
function pieces(sentences: TextSentence[]): { words: string[]; sentence: number }[] {
  const result: { words: string[]; sentence: number }[] = [];
  sentences.forEach((sentence, index) => {
    for (let from = 0; from < sentence.tokens.length; from += MAX_PIECE_TOKENS) {
      result.push({ words: sentence.tokens.slice(from, from + MAX_PIECE_TOKENS).map((t) => t.text), sentence: index });
    }
  });
  return result;
}

/** Text → sentences → tags, POS and confidence per token, in chunks that can be cancelled. */
export async function analyzeText(model: NerModel, text: string, options: AnalyzeOptions = {}): Promise<AnalyzedDocument> {
  const { signal, onProgress, chunkTokens = 4096 } = options;
  const sentences = splitSentences(text);
  const analyzed: AnalyzedSentence[] = sentences.map(({ start, end, tokens }) => ({ start, end, tokens, tags: [], confidence: [], ...(model.meta.posTags ? { pos: [] } : {}) }));
  const all = pieces(sentences);
  let next = 0;
  while (next < all.length) {
    if (signal?.aborted) throw abortError('analysis');
    const chunk: typeof all = [];
    for (let tokens = 0; next < all.length && (chunk.length === 0 || tokens + all[next].words.length <= chunkTokens); next++) {
      chunk.push(all[next]);
      tokens += all[next].words.length;
    }
    const predictions = await model.predict(chunk.map((piece) => piece.words));
    chunk.forEach((piece, i) => {
      const target = analyzed[piece.sentence];
      target.tags.push(...predictions[i].tags);
      target.confidence!.push(...predictions[i].confidence);
      if (target.pos) target.pos.push(...(predictions[i].pos ?? []));
    });
    onProgress?.(chunk[chunk.length - 1].sentence + 1, sentences.length);
    await yieldToEventLoop();
  }
  return { text, sentences: analyzed, labels: model.meta.labels };
}
