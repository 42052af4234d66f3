import { analyzeDocument } from '../core/analysis';
import { compactAnalysis, joinArticles, splitDocument, type ArticleAnalysis } from '../core/library';
import { analyzeText, type NerModel } from '../model';

/**
 * Articles analysed for the library as one joint text, so the tagger's batches are full however
 * short each article is, then cut back apart. Only the compact analyses cross back to the page:
 * a bulk import of a thousand articles never ships (or keeps) their tokens and confidences.
 */
export async function analyzeArticles(model: NerModel, texts: readonly string[]): Promise<ArticleAnalysis[]> {
  const { text, ranges } = joinArticles(texts);
  return splitDocument(await analyzeText(model, text), ranges).map((document) => compactAnalysis(analyzeDocument(document)));
}
