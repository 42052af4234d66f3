import { create } from 'zustand';
import type { DocumentAnalysis } from '../core/analysis';
import {
  ArticleSearch,
  EntityIndex,
  NO_FILTER,
  articleTitle,
  byNewest,
  compactAnalysis,
  contentHash,
  libraryToJson,
  matchesFilter,
  readLibraryFile,
  type ArticleAnalysis,
  type ArticleBody,
  type ArticleFilter,
  type ArticleModel,
  type ArticleSummary,
  type LibraryArticle,
  type RankedArticle,
} from '../core/library';
import { errorMessage } from '../core/errors';
import { useEngineStore } from './engineStore';
import * as libraryDb from './libraryDb';
import type { BrokenRecord } from './libraryDb';
import { modelFingerprint } from './modelFingerprint';
import { useModelsStore } from './modelsStore';

export interface StorageInfo {
  usage: number;
  quota: number;
  /** True when the browser promised not to evict the library under storage pressure. */
  persisted: boolean;
}

export interface OpenArticle {
  id: string;
  status: 'loading' | 'reanalyzing' | 'ready' | 'failed';
  body: ArticleBody | null;
  error: string | null;
  /** Set when the article was re-analysed on opening because the active model changed. */
  reanalyzedFrom: string | null;
}

interface LibraryState {
  status: 'idle' | 'loading' | 'ready' | 'failed';
  error: string | null;
  summaries: ReadonlyMap<string, ArticleSummary>;
  broken: BrokenRecord[];
  /** Increases whenever the indexes change, so views recompute what they derive from them. */
  revision: number;
  query: string;
  filter: ArticleFilter;
  open: OpenArticle | null;
  storage: StorageInfo | null;
  /** The outcome of the last import, export or save, for a status line. */
  notice: string | null;

  load: () => Promise<void>;
  /** Saves the analysed text (an explicit action from Analyze); resolves with the article's id. */
  saveAnalysis: (input: { text: string; analysis: DocumentAnalysis; sourceUrl: string | null }) => Promise<{ id: string; existed: boolean }>;
  /** Adds analysed articles (a bulk import's); same text, same id, so a copy replaces. */
  addArticles: (articles: readonly LibraryArticle[]) => Promise<void>;
  has: (id: string) => boolean;
  openArticle: (id: string) => Promise<void>;
  closeArticle: () => void;
  remove: (id: string) => Promise<void>;
  setQuery: (query: string) => void;
  setFilter: (filter: Partial<ArticleFilter>) => void;
  exportLibrary: () => Promise<string>;
  importLibrary: (json: string) => Promise<void>;
  refreshStorage: () => Promise<void>;
}

/** The indexes live beside the store: mutable, large, and never rendered themselves. */
let entityIndex = new EntityIndex();
let search = new ArticleSearch();

export function libraryEntityIndex(): EntityIndex {
  return entityIndex;
}

/** The model now active, as the library records it; null before one is loaded. */
export function activeArticleModel(): ArticleModel | null {
  const meta = useModelsStore.getState().active;
  return meta ? { name: meta.name, fingerprint: modelFingerprint(meta) } : null;
}

/** An article record from a text and its compact analysis. */
export async function articleRecord(input: { text: string; analysis: ArticleAnalysis; sourceUrl: string | null; fileName: string | null; model: ArticleModel }): Promise<LibraryArticle> {
  const { text, analysis, sourceUrl, fileName, model } = input;
  return {
    id: await contentHash(text),
    title: articleTitle(text, fileName),
    sourceUrl,
    fileName,
    entities: analysis.entities,
    tags: analysis.tags,
    model,
    savedAt: new Date().toISOString(),
    words: analysis.words,
    text,
    mentions: analysis.mentions,
  };
}

function summaryOf({ text: _text, mentions: _mentions, ...summary }: LibraryArticle): ArticleSummary {
  return summary;
}

export const useLibraryStore = create<LibraryState>()((set, get) => {
  function indexArticles(articles: readonly LibraryArticle[]) {
    const summaries = new Map(get().summaries);
    for (const article of articles) {
      const summary = summaryOf(article);
      summaries.set(article.id, summary);
      entityIndex.add(summary, article.text);
      search.add(summary, article.text);
    }
    set((state) => ({ summaries, revision: state.revision + 1 }));
  }

  return {
    status: 'idle',
    error: null,
    summaries: new Map(),
    broken: [],
    revision: 0,
    query: '',
    filter: NO_FILTER,
    open: null,
    storage: null,
    notice: null,

    async load() {
      if (get().status === 'loading' || get().status === 'ready') return;
      set({ status: 'loading', error: null });
      try {
        const stored = await libraryDb.readSummaries();
        const summaries = new Map(stored.summaries.map((summary) => [summary.id, summary]));
        const broken = [...stored.broken];
        entityIndex = new EntityIndex(stored.summaries);
        search = new ArticleSearch();
        await libraryDb.forEachBody(
          (body) => {
            const summary = summaries.get(body.id);
            if (!summary) return;
            search.add(summary, body.text);
            entityIndex.addText(body.id, body.text);
          },
          (record) => broken.push(record),
        );
        set((state) => ({ status: 'ready', summaries, broken, revision: state.revision + 1 }));
      } catch (error) {
        set({ status: 'failed', error: errorMessage(error) });
      }
      void get().refreshStorage();
    },

    async saveAnalysis({ text, analysis, sourceUrl }) {
      const model = activeArticleModel();
      if (!model) throw new Error('No model is loaded, so there is no analysis to save.');
      const article = await articleRecord({ text, analysis: compactAnalysis(analysis), sourceUrl, fileName: null, model });
      const existed = get().summaries.has(article.id);
      await libraryDb.putArticles([article]);
      indexArticles([article]);
      set({ notice: existed ? `“${article.title}” was already in the library; its analysis is updated.` : `Saved “${article.title}” to the library.` });
      void requestPersistence().then(() => get().refreshStorage());
      return { id: article.id, existed };
    },

    async addArticles(articles) {
      if (articles.length === 0) return;
      await libraryDb.putArticles(articles);
      indexArticles(articles);
    },

    has: (id) => get().summaries.has(id),

    async openArticle(id) {
      const summary = get().summaries.get(id);
      if (!summary) return;
      set({ open: { id, status: 'loading', body: null, error: null, reanalyzedFrom: null } });
      const stillOpen = () => get().open?.id === id;
      try {
        const body = await libraryDb.readBody(id);
        const model = activeArticleModel();
        const engine = useEngineStore.getState().engine;
        if (!model || !engine || model.fingerprint === summary.model.fingerprint) {
          if (stillOpen()) set({ open: { id, status: 'ready', body, error: null, reanalyzedFrom: null } });
          return;
        }
        if (stillOpen()) set({ open: { id, status: 'reanalyzing', body, error: null, reanalyzedFrom: null } });
        const [analysis] = await engine.analyzeArticles([body.text]);
        const article: LibraryArticle = { ...summary, entities: analysis.entities, tags: analysis.tags, words: analysis.words, model, text: body.text, mentions: analysis.mentions };
        await libraryDb.putArticles([article]);
        indexArticles([article]);
        if (stillOpen()) set({ open: { id, status: 'ready', body: { id, text: body.text, mentions: analysis.mentions }, error: null, reanalyzedFrom: summary.model.name } });
      } catch (error) {
        if (stillOpen()) set((state) => ({ open: { id, status: 'failed', body: state.open?.body ?? null, error: errorMessage(error), reanalyzedFrom: null } }));
      }
    },

    closeArticle: () => set({ open: null }),

    async remove(id) {
      await libraryDb.deleteArticle(id);
      entityIndex.remove(id);
      search.remove(id);
      const summaries = new Map(get().summaries);
      const title = summaries.get(id)?.title ?? 'the article';
      summaries.delete(id);
      set((state) => ({ summaries, revision: state.revision + 1, open: state.open?.id === id ? null : state.open, notice: `Deleted “${title}”.` }));
      void get().refreshStorage();
    },

    setQuery: (query) => set({ query }),
    setFilter: (filter) => set((state) => ({ filter: { ...state.filter, ...filter } })),

    async exportLibrary() {
      const articles: LibraryArticle[] = [];
      for (const summary of [...get().summaries.values()].sort(byNewest)) {
        const body = await libraryDb.readBody(summary.id);
        articles.push({ ...summary, text: body.text, mentions: body.mentions });
      }
      set({ notice: `Exported ${articles.length} ${articles.length === 1 ? 'article' : 'articles'}.` });
      return libraryToJson(articles);
    },

    async importLibrary(json) {
      const file = readLibraryFile(json);
      await get().addArticles(file.articles);
      const rejected = file.rejected.map((entry) => `#${entry.index + 1}${entry.title ? ` “${entry.title}”` : ''}: ${entry.reason}`);
      set({ notice: `Imported ${file.articles.length} ${file.articles.length === 1 ? 'article' : 'articles'}${rejected.length ? `; left out ${rejected.length}: ${rejected.slice(0, 5).join('; ')}` : ''}.` });
      void get().refreshStorage();
    },

    async refreshStorage() {
      if (typeof navigator === 'undefined' || !navigator.storage?.estimate) return;
      const [estimate, persisted] = await Promise.all([navigator.storage.estimate(), navigator.storage.persisted?.() ?? Promise.resolve(false)]);
      set({ storage: { usage: estimate.usage ?? 0, quota: estimate.quota ?? 0, persisted } });
    },
  };
});

/** What the console (and `npm run bench:library`) reads: the same timed functions the view calls. */
export interface LibraryDevtools {
  summaries: () => ArticleSummary[];
  search: (query: string) => { ids: string[]; ms: number };
  related: (id: string, limit?: number) => { ranked: RankedArticle[]; ms: number };
}

declare global {
  interface Window {
    nerStudioLibrary?: LibraryDevtools;
  }
}

if (typeof window !== 'undefined') {
  window.nerStudioLibrary = {
    summaries: () => [...useLibraryStore.getState().summaries.values()],
    search(query) {
      const { value, ms } = visibleArticles(useLibraryStore.getState().summaries, query, NO_FILTER);
      return { ids: value.map((article) => article.id), ms };
    },
    related(id, limit) {
      const { value, ms } = relatedArticles(id, limit);
      return { ranked: value, ms };
    },
  };
}

/** Asks the browser to keep the library under storage pressure (it may say no; nothing breaks then). */
export async function requestPersistence(): Promise<boolean> {
  if (typeof navigator === 'undefined' || !navigator.storage?.persist) return false;
  if (await navigator.storage.persisted()) return true;
  return navigator.storage.persist().catch(() => false);
}

function timed<T>(compute: () => T): { value: T; ms: number } {
  const started = performance.now();
  const value = compute();
  return { value, ms: performance.now() - started };
}

/** The list as shown: search hits by relevance (or everything, newest first), then the filter; and how long that took. */
export function visibleArticles(summaries: ReadonlyMap<string, ArticleSummary>, query: string, filter: ArticleFilter): { value: ArticleSummary[]; ms: number } {
  return timed(() => {
    const ordered = query.trim() === '' ? [...summaries.values()].sort(byNewest) : search.search(query).flatMap((hit) => summaries.get(hit.id) ?? []);
    return ordered.filter((article) => matchesFilter(article, filter));
  });
}

/** The top `limit` related articles of `id`, and how long ranking them took. */
export function relatedArticles(id: string, limit = 5): { value: RankedArticle[]; ms: number } {
  return timed(() => entityIndex.related(id, limit));
}
