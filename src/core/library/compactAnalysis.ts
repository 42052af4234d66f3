import type { DocumentAnalysis } from '../analysis';
import type { ArticleAnalysis } from './types';

/** What the library keeps of an analysis: entities with counts, mention offsets and tags; no tokens. */
export function compactAnalysis(analysis: Pick<DocumentAnalysis, 'entities' | 'mentions' | 'tags' | 'summary'>): ArticleAnalysis {
  return {
    entities: analysis.entities.map(({ key, label, text, count }) => ({ key, label, text, count })),
    mentions: analysis.mentions.map(({ start, end, label }) => ({ start, end, label })),
    tags: analysis.tags.map(({ text, label, score, key }) => ({ text, label, score, key })),
    words: analysis.summary.tokens,
  };
}
