import MiniSearch from 'minisearch';
import type { ArticleSummary } from './types';

interface SearchDocument {
  id: string;
  title: string;
  entities: string;
  text: string;
}

export interface SearchHit {
  id: string;
  score: number;
  /** The indexed words the query matched (after prefix and fuzzy matching). */
  terms: string[];
}

/**
 * Full-text and entity search over the library with MiniSearch, chosen over FlexSearch and Orama
 * by a measurement on the 1,251 Medium articles in Node: it built its index fastest (0.76 s vs
 * 1.6 s and 2.1 s) in the least memory (36 MB vs 81 MB and 67 MB), answered in under 5 ms (p95),
 * and ranks by BM25 with the matched terms, which the list shows. Texts are indexed, never stored.
 */
export class ArticleSearch {
  private readonly index = new MiniSearch<SearchDocument>({
    fields: ['title', 'entities', 'text'],
    storeFields: [],
    searchOptions: { boost: { title: 3, entities: 2 }, prefix: true, fuzzy: 0.15, combineWith: 'AND' },
  });

  add(summary: Pick<ArticleSummary, 'id' | 'title' | 'entities'>, text: string): void {
    if (this.index.has(summary.id)) this.index.discard(summary.id);
    this.index.add({ id: summary.id, title: summary.title, entities: summary.entities.map((entity) => entity.text).join(' \n '), text });
  }

  remove(id: string): void {
    if (this.index.has(id)) this.index.discard(id);
  }

  get size(): number {
    return this.index.documentCount;
  }

  /** Best match first; an empty query finds nothing (the caller lists everything then). */
  search(query: string): SearchHit[] {
    if (query.trim() === '') return [];
    return this.index.search(query).map((result) => ({ id: String(result.id), score: result.score, terms: result.terms }));
  }
}
