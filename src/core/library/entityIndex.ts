import { labelWeight } from '../analysis';
import { contentWords } from './contentWords';
import { libraryTerm } from './libraryTerm';
import type { ArticleEntity, ArticleSummary } from './types';

/**
 * BM25's usual constants (Robertson & Zaragoza 2009): k1 saturates repeated mentions, b
 * normalises by how many entity mentions an article has.
 */
const K1 = 1.2;
const B = 0.75;

/**
 * The share of the entity cosine in a related article's score; the rest is the cosine of the
 * articles' content words. Chosen on the dev title pairs (bench/library/rankVariants.ts: 0.3,
 * 0.5, 0.7 tried; 0.5 found the most partners).
 */
export const ENTITY_SHARE = 0.5;

/** One library term in one article: mentions summed over the entities that share the term. */
interface Posting {
  article: string;
  count: number;
}

/** A term as shown in explanations and the topic picker: its most frequent display form and label. */
export interface TermInfo {
  term: string;
  text: string;
  label: string;
  /** Articles that mention it. */
  articles: number;
}

interface ArticleTerms {
  /** term → mentions. */
  counts: Map<string, number>;
  /** term → the heaviest label weight among the article's entities of that term. */
  weights: Map<string, number>;
  length: number;
}

/** An entity two articles share, and how much it added to the rank. */
export interface SharedEntity {
  term: string;
  text: string;
  label: string;
  contribution: number;
}

/** A content word two articles share, and how much it added to the rank. */
export interface SharedWord {
  word: string;
  contribution: number;
}

export interface RankedArticle {
  id: string;
  score: number;
  /** Highest contribution first. */
  shared: SharedEntity[];
  /** The content words in common (related articles only), highest contribution first. */
  sharedWords: SharedWord[];
}

/** An article's kept content words (the strings of their postings, one copy per library) and their weights before idf (1 + ln mentions). */
interface ArticleWords {
  words: string[];
  weights: Float64Array;
}

/** The articles that keep a content word, with its weight before idf in each: flat lists, a word is in a hundred thousand of them. */
interface WordPostings {
  word: string;
  articles: string[];
  weights: number[];
}

function termsOf(entities: readonly ArticleEntity[]): ArticleTerms {
  const counts = new Map<string, number>();
  const weights = new Map<string, number>();
  let length = 0;
  for (const entity of entities) {
    const term = libraryTerm(entity.text);
    if (term === '') continue;
    counts.set(term, (counts.get(term) ?? 0) + entity.count);
    weights.set(term, Math.max(weights.get(term) ?? 0, labelWeight(entity.label)));
    length += entity.count;
  }
  return { counts, weights, length };
}

/**
 * The library's articles as bags of normalised entity terms, weighted by idf: a technology that
 * few articles share weighs far more than `machine learning`, which most of them mention, and a
 * term's label weighs too (`DEFAULT_LABEL_WEIGHTS`: dates count little). Related articles by the
 * cosine of TF-IDF vectors, articles about chosen topics by BM25.
 */
export class EntityIndex {
  private readonly postings = new Map<string, Posting[]>();
  private readonly articles = new Map<string, ArticleTerms>();
  private readonly display = new Map<string, Map<string, { text: string; label: string; count: number }>>();
  private totalLength = 0;
  /** Each article's TF-IDF vector length, valid until the library changes (idf moves with it). */
  private norms: Map<string, number> | null = null;
  /** Content word → the articles that keep it. */
  private readonly wordPostings = new Map<string, WordPostings>();
  private readonly words = new Map<string, ArticleWords>();
  private wordNorms: Map<string, number> | null = null;

  constructor(summaries: Iterable<Pick<ArticleSummary, 'id' | 'entities'>> = []) {
    for (const summary of summaries) this.add(summary);
  }

  get size(): number {
    return this.articles.size;
  }

  /** Adds or replaces an article; with its text, its content words too (else `addText` later). */
  add(summary: Pick<ArticleSummary, 'id' | 'entities'>, text?: string): void {
    this.remove(summary.id);
    this.norms = null;
    if (text !== undefined) this.setWords(summary.id, text);
    const terms = termsOf(summary.entities);
    this.articles.set(summary.id, terms);
    this.totalLength += terms.length;
    for (const [term, count] of terms.counts) {
      let list = this.postings.get(term);
      if (!list) this.postings.set(term, (list = []));
      list.push({ article: summary.id, count });
    }
    for (const entity of summary.entities) {
      const term = libraryTerm(entity.text);
      let forms = this.display.get(term);
      if (!forms) this.display.set(term, (forms = new Map()));
      const formKey = `${entity.label}\u0000${entity.text}`;
      const form = forms.get(formKey);
      if (form) form.count += entity.count;
      else forms.set(formKey, { text: entity.text, label: entity.label, count: entity.count });
    }
  }

  /**
   * Keeps the content words of an article already added (the library reads texts after the
   * summaries): its `CONTENT_WORDS_KEPT` most mentioned, never its whole text.
   */
  addText(id: string, text: string): void {
    if (this.articles.has(id)) this.setWords(id, text);
  }

  private setWords(id: string, text: string): void {
    this.removeWords(id);
    this.wordNorms = null;
    const kept = contentWords(text);
    const entry: ArticleWords = { words: [], weights: new Float64Array(kept.length) };
    kept.forEach(([word, mentions], i) => {
      let postings = this.wordPostings.get(word);
      if (!postings) this.wordPostings.set(word, (postings = { word, articles: [], weights: [] }));
      const weight = 1 + Math.log(mentions);
      postings.articles.push(id);
      postings.weights.push(weight);
      entry.words.push(postings.word);
      entry.weights[i] = weight;
    });
    this.words.set(id, entry);
  }

  private removeWords(id: string): void {
    const entry = this.words.get(id);
    if (!entry) return;
    this.wordNorms = null;
    this.words.delete(id);
    for (const word of entry.words) {
      const postings = this.wordPostings.get(word);
      const at = postings?.articles.indexOf(id) ?? -1;
      if (!postings || at < 0) continue;
      postings.articles.splice(at, 1);
      postings.weights.splice(at, 1);
      if (postings.articles.length === 0) this.wordPostings.delete(word);
    }
  }

  remove(id: string): void {
    this.removeWords(id);
    const terms = this.articles.get(id);
    if (!terms) return;
    this.norms = null;
    this.articles.delete(id);
    this.totalLength -= terms.length;
    for (const term of terms.counts.keys()) {
      const list = this.postings.get(term)?.filter((posting) => posting.article !== id) ?? [];
      if (list.length === 0) {
        this.postings.delete(term);
        this.display.delete(term);
      } else this.postings.set(term, list);
    }
  }

  /** ln(1 + (N − df + 0.5) / (df + 0.5)): never negative, so a term in every article still counts a little. */
  idf(term: string): number {
    const df = this.postings.get(term)?.length ?? 0;
    return Math.log(1 + (this.articles.size - df + 0.5) / (df + 0.5));
  }

  info(term: string): TermInfo | null {
    const forms = this.display.get(term);
    if (!forms) return null;
    let best: { text: string; label: string; count: number } | null = null;
    for (const form of forms.values()) if (!best || form.count > best.count) best = form;
    return best && { term, text: best.text, label: best.label, articles: this.postings.get(term)?.length ?? 0 };
  }

  /** Terms in at least `minArticles` articles, most articles first (ties: alphabetical). */
  terms(minArticles = 1): TermInfo[] {
    const result: TermInfo[] = [];
    for (const [term, list] of this.postings) {
      if (list.length < minArticles) continue;
      const info = this.info(term);
      if (info) result.push(info);
    }
    return result.sort((a, b) => b.articles - a.articles || a.term.localeCompare(b.term));
  }

  /** The ids of the articles that mention `term`. */
  articlesWith(term: string): string[] {
    return (this.postings.get(term) ?? []).map((posting) => posting.article);
  }

  /** BM25 term frequency part for `count` mentions in an article of `length` mentions. */
  private saturated(count: number, length: number): number {
    const average = this.articles.size === 0 ? 1 : this.totalLength / this.articles.size || 1;
    return (count * (K1 + 1)) / (count + K1 * (1 - B + (B * length) / average));
  }

  /** Scores every article sharing a term of `query` (term → weight); `exclude` is left out. */
  private rank(query: ReadonlyMap<string, number>, limit: number, exclude?: string): RankedArticle[] {
    const scores = new Map<string, { score: number; shared: SharedEntity[] }>();
    for (const [term, weight] of query) {
      const list = this.postings.get(term);
      if (!list) continue;
      const idf = this.idf(term);
      const info = this.info(term);
      for (const posting of list) {
        if (posting.article === exclude) continue;
        const length = this.articles.get(posting.article)?.length ?? 0;
        const contribution = weight * idf * this.saturated(posting.count, length);
        let entry = scores.get(posting.article);
        if (!entry) scores.set(posting.article, (entry = { score: 0, shared: [] }));
        entry.score += contribution;
        entry.shared.push({ term, text: info?.text ?? term, label: info?.label ?? '', contribution });
      }
    }
    return sortRanked(new Map([...scores].map(([article, entry]) => [article, { ...entry, sharedWords: [] }])), limit);
  }

  /** A term's weight in an article's vector before idf: its label's weight × (1 + ln mentions). */
  private static termWeight(terms: ArticleTerms, term: string): number {
    return (terms.weights.get(term) ?? 1) * (1 + Math.log(terms.counts.get(term) ?? 1));
  }

  private norm(id: string): number {
    if (!this.norms) {
      this.norms = new Map();
      for (const [article, terms] of this.articles) {
        let sum = 0;
        for (const term of terms.counts.keys()) sum += (EntityIndex.termWeight(terms, term) * this.idf(term)) ** 2;
        this.norms.set(article, Math.sqrt(sum) || 1);
      }
    }
    return this.norms.get(id) ?? 1;
  }

  /** ln(N / df) over the articles with content words; a word kept by one article only weighs nothing. */
  private wordIdf(word: string): number {
    const df = this.wordPostings.get(word)?.articles.length ?? 0;
    return df < 2 ? 0 : Math.log(this.words.size / df);
  }

  private wordNorm(id: string): number {
    if (!this.wordNorms) {
      const idf = new Map<string, number>();
      for (const word of this.wordPostings.keys()) idf.set(word, this.wordIdf(word));
      this.wordNorms = new Map();
      for (const [article, entry] of this.words) {
        let sum = 0;
        entry.words.forEach((word, i) => (sum += (entry.weights[i] * (idf.get(word) ?? 0)) ** 2));
        this.wordNorms.set(article, Math.sqrt(sum) || 1);
      }
    }
    return this.wordNorms.get(id) ?? 1;
  }

  /**
   * The articles most related to `id`, each with the shared entities that explain its rank:
   * `ENTITY_SHARE` × the cosine of their entity TF-IDF vectors (term weight = label weight ×
   * (1 + ln mentions) × idf) + the rest × the cosine of their content-word TF-IDF vectors (kept
   * words, 1 + ln mentions, ln(N/df)). Only articles sharing an entity are ranked, so every one
   * is explained by entities; the words reorder them (a series whose parts share few entities but
   * their wording). Cosine rather than BM25, as the query is a whole article: BM25 lets long
   * articles, which share something with everything, outrank close ones. Each shared entity's
   * contribution is its product term × `ENTITY_SHARE`, each shared word's likewise.
   */
  related(id: string, limit = 5): RankedArticle[] {
    const query = this.articles.get(id);
    if (!query) return [];
    const queryNorm = this.norm(id);
    const scores = new Map<string, { score: number; shared: SharedEntity[]; sharedWords: SharedWord[] }>();
    for (const term of query.counts.keys()) {
      const list = this.postings.get(term);
      if (!list) continue;
      const idf = this.idf(term);
      const queryWeight = (EntityIndex.termWeight(query, term) * idf) / queryNorm;
      const info = this.info(term);
      for (const posting of list) {
        if (posting.article === id) continue;
        const other = this.articles.get(posting.article);
        if (!other) continue;
        const contribution = (ENTITY_SHARE * queryWeight * EntityIndex.termWeight(other, term) * idf) / this.norm(posting.article);
        let entry = scores.get(posting.article);
        if (!entry) scores.set(posting.article, (entry = { score: 0, shared: [], sharedWords: [] }));
        entry.score += contribution;
        entry.shared.push({ term, text: info?.text ?? term, label: info?.label ?? '', contribution });
      }
    }
    const queryWords = this.words.get(id);
    if (queryWords) {
      const queryWordNorm = this.wordNorm(id);
      queryWords.words.forEach((word, i) => {
        const idf = this.wordIdf(word);
        if (idf === 0) return;
        const queryWeight = (queryWords.weights[i] * idf) / queryWordNorm;
        const postings = this.wordPostings.get(word);
        if (!postings) return;
        postings.articles.forEach((article, j) => {
          const entry = article === id ? undefined : scores.get(article);
          if (!entry) return;
          const contribution = ((1 - ENTITY_SHARE) * queryWeight * postings.weights[j] * idf) / this.wordNorm(article);
          entry.score += contribution;
          entry.sharedWords.push({ word, contribution });
        });
      });
    }
    return sortRanked(scores, limit);
  }

  /** "Articles about…": the articles ranked by BM25 for the chosen terms (each weighing the same). */
  about(terms: readonly string[], limit = 20): RankedArticle[] {
    return this.rank(new Map(terms.map((term) => [term, 1])), limit);
  }
}

function sortRanked(scores: ReadonlyMap<string, { score: number; shared: SharedEntity[]; sharedWords: SharedWord[] }>, limit: number): RankedArticle[] {
  return [...scores]
    .sort((a, b) => b[1].score - a[1].score || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([id, { score, shared, sharedWords }]) => ({
      id,
      score,
      shared: shared.sort((a, b) => b.contribution - a.contribution || a.term.localeCompare(b.term)),
      sharedWords: sharedWords.sort((a, b) => b.contribution - a.contribution || a.word.localeCompare(b.word)),
    }));
}
