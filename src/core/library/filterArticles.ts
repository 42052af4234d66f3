import { libraryTerm } from './libraryTerm';
import type { ArticleSummary } from './types';

export interface ArticleFilter {
  /** Keep articles with at least one entity of each of these labels. */
  labels: readonly string[];
  /** Keep articles mentioning this library term (`libraryTerm`), whatever its label. */
  term: string | null;
}

export const NO_FILTER: ArticleFilter = { labels: [], term: null };

export function matchesFilter(article: Pick<ArticleSummary, 'entities'>, filter: ArticleFilter): boolean {
  if (filter.labels.some((label) => !article.entities.some((entity) => entity.label === label))) return false;
  return filter.term === null || article.entities.some((entity) => libraryTerm(entity.text) === filter.term);
}

/** Newest first, ties by title: the order of the list when nothing is searched. */
export function byNewest(a: Pick<ArticleSummary, 'savedAt' | 'title'>, b: Pick<ArticleSummary, 'savedAt' | 'title'>): number {
  return b.savedAt.localeCompare(a.savedAt) || a.title.localeCompare(b.title);
}
