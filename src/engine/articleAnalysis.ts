import { analyzeDocument } from '../core/analysis';
import { compactAnalysis, type ArticleAnalysis } from '../core/library';
import { analyzeText, type NerModel } from '../model';

/**
 * One article analysed for the library: only its compact analysis crosses back to the page, so
 * a bulk import of a thousand articles never ships (or keeps) their tokens and confidences.
 */
export async function analyzeArticle(model: NerModel, text: string): Promise<ArticleAnalysis> {
  return compactAnalysis(analyzeDocument(await analyzeText(model, text)));
}
