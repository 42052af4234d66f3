/** The data of the reading library: what is kept of an analysed article, and what ranks it. */
import type { SuggestedTag } from '../analysis';

/** One entity of an article, without its mentions: what ranking, filters and the graph read. */
export interface ArticleEntity {
  /** `Entity.key`: `<label> <normalised text>`. */
  key: string;
  label: string;
  /** Display form. */
  text: string;
  count: number;
}

/** Where an entity occurs, for the highlights of an opened article. */
export interface ArticleMention {
  start: number;
  end: number;
  label: string;
}

/** The model that produced an article's entities; `fingerprint` changes whenever the model does. */
export interface ArticleModel {
  name: string;
  fingerprint: string;
}

/** What is kept in memory for every article: no text, no mentions, no tokens. */
export interface ArticleSummary {
  /** The SHA-256 of the article's normalised text (`contentHash`): one text, one article. */
  id: string;
  title: string;
  sourceUrl: string | null;
  /** The file it was imported from, when it came from one. */
  fileName: string | null;
  /** Count descending. */
  entities: ArticleEntity[];
  tags: SuggestedTag[];
  model: ArticleModel;
  /** ISO 8601. */
  savedAt: string;
  words: number;
}

/** The part read only when an article is opened (or exported). */
export interface ArticleBody {
  id: string;
  text: string;
  /** Sorted by start, non-overlapping. */
  mentions: ArticleMention[];
}

export type LibraryArticle = ArticleSummary & Pick<ArticleBody, 'text' | 'mentions'>;

/** What the engine returns for one article: its analysis, compacted (no tokens, no confidences). */
export interface ArticleAnalysis {
  entities: ArticleEntity[];
  mentions: ArticleMention[];
  tags: SuggestedTag[];
  words: number;
}
