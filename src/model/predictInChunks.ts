import type { NerModel, Prediction } from './model';

/**
 * Predicts `sentences` in chunks, so a large set never holds every prediction at once; `visit` sees
 * each sentence with its prediction, in order.
 */
export async function predictInChunks<S extends { tokens: string[] }>(
  model: NerModel,
  sentences: readonly S[],
  visit: (sentence: S, prediction: Prediction) => void,
  chunkSize = 2048,
): Promise<void> {
  for (let from = 0; from < sentences.length; from += chunkSize) {
    const chunk = sentences.slice(from, from + chunkSize);
    const predictions = await model.predict(chunk.map((s) => s.tokens));
    chunk.forEach((sentence, i) => visit(sentence, predictions[i]));
  }
}
