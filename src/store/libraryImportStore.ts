import { create } from 'zustand';
import { contentHash, readHtml, readImportFiles, type ArticleModel, type BadFile } from '../core/library';
import { errorMessage } from '../core/errors';
import { noteEngineError, useEngineStore } from './engineStore';
import * as libraryDb from './libraryDb';
import type { Engine } from '../engine/client';
import { activeArticleModel, articleRecord, useLibraryStore } from './libraryStore';
import { useModelsStore } from './modelsStore';

type ImportStatus = 'idle' | 'reading' | 'running' | 'interrupted' | 'done' | 'cancelled' | 'failed';

interface ImportState {
  status: ImportStatus;
  /** Articles analysed and saved by this run. */
  done: number;
  /** Already in the library (same content hash), or twice in the import. */
  duplicates: number;
  /** Files still waiting in the queue. */
  remaining: number;
  bad: BadFile[];
  error: string | null;
  /** Milliseconds until the queue is empty at this run's pace; null before the first article. */
  etaMs: number | null;
  /** Reads the files, queues the articles (in IndexedDB, so a reload can resume) and runs the queue. */
  start: (files: readonly File[]) => Promise<void>;
  /** After a reload: is an import waiting? */
  checkInterrupted: () => Promise<void>;
  resume: () => Promise<void>;
  /** Stops after the article in progress and drops what is left in the queue. */
  cancel: () => void;
}

let cancelRequested = false;

/**
 * Articles go to the worker in batches analysed as one text: the tagger's batches fill up (the
 * median Medium article has about 600 tokens; a chunk holds 4,096) and the page saves and
 * re-renders once per batch rather than once per article.
 */
const BATCH_FILES = 16;
const BATCH_CHARS = 40_000;

/** Analyses and saves one batch; duplicates (of the library or within the batch) are counted, not analysed. */
async function importBatch(engine: Engine, model: ArticleModel, batch: readonly { file: libraryDb.QueuedFile }[]): Promise<void> {
  const fresh: { file: libraryDb.QueuedFile; id: string }[] = [];
  let duplicates = 0;
  for (const { file } of batch) {
    const id = await contentHash(file.text);
    if (useLibraryStore.getState().has(id) || fresh.some((entry) => entry.id === id)) duplicates++;
    else fresh.push({ file, id });
  }
  useLibraryImportStore.setState((state) => ({ duplicates: state.duplicates + duplicates }));
  if (fresh.length === 0) return;
  try {
    const analyses = await engine.analyzeArticles(fresh.map((entry) => entry.file.text));
    const articles = await Promise.all(
      fresh.map(({ file }, i) => articleRecord({ text: file.text, analysis: analyses[i], sourceUrl: file.sourceUrl, fileName: file.name, model })),
    );
    await useLibraryStore.getState().addArticles(articles);
    useLibraryImportStore.setState((state) => ({ done: state.done + articles.length }));
  } catch (error) {
    noteEngineError(error);
    // One bad article must not fail its batch-mates: each is tried again on its own.
    if (fresh.length > 1) {
      for (const entry of fresh) await importBatch(engine, model, [entry]);
      return;
    }
    const reason = `the analysis failed: ${errorMessage(error)}`;
    useLibraryImportStore.setState((state) => ({ bad: [...state.bad, ...fresh.map(({ file }) => ({ name: file.name, reason }))] }));
  }
}

/** The active model once it has loaded (an import resumed right after a reload waits for it); null if loading failed. */
function loadedModel(): Promise<ArticleModel | null> {
  return new Promise((resolve) => {
    let unsubscribe: (() => void) | null = null;
    const check = () => {
      const { status } = useModelsStore.getState();
      const model = activeArticleModel();
      if ((status === 'ready' && model) || status === 'failed') {
        unsubscribe?.();
        unsubscribe = null;
        resolve(status === 'ready' ? model : null);
        return true;
      }
      return false;
    };
    if (!check()) unsubscribe = useModelsStore.subscribe(() => void check());
  });
}

export const useLibraryImportStore = create<ImportState>()((set, get) => {
  async function run() {
    // Reset before the wait for the model, not after: Cancel shows during that wait too.
    cancelRequested = false;
    set({ status: 'running', error: null });
    const engine = useEngineStore.getState().engine;
    const model = await loadedModel();
    if (!engine || !model) {
      set({ status: 'failed', error: 'The model could not be loaded, so nothing can be analysed: choose a model in Models, then resume the import.', remaining: await libraryDb.queueLength() });
      return;
    }
    const started = performance.now();
    let processed = 0;
    set({ status: 'running', error: null, etaMs: null, remaining: await libraryDb.queueLength() });
    try {
      for (;;) {
        if (cancelRequested) {
          await libraryDb.clearQueue();
          set({ status: 'cancelled', remaining: 0, etaMs: null });
          return;
        }
        const batch = await libraryDb.nextQueued(BATCH_FILES, BATCH_CHARS);
        if (batch.length === 0) break;
        await importBatch(engine, model, batch);
        await libraryDb.dequeue(batch.map((entry) => entry.key));
        processed += batch.length;
        const remaining = Math.max(0, get().remaining - batch.length);
        set({ remaining, etaMs: ((performance.now() - started) / processed) * remaining });
      }
      set({ status: 'done', remaining: 0, etaMs: 0 });
      void useLibraryStore.getState().refreshStorage();
    } catch (error) {
      set({ status: 'failed', error: errorMessage(error), remaining: await libraryDb.queueLength().catch(() => 0) });
    }
  }

  return {
    status: 'idle',
    done: 0,
    duplicates: 0,
    remaining: 0,
    bad: [],
    error: null,
    etaMs: null,

    async start(files) {
      if (get().status === 'running' || get().status === 'reading') return;
      set({ status: 'reading', done: 0, duplicates: 0, remaining: 0, bad: [], error: null, etaMs: null });
      try {
        await useLibraryStore.getState().load();
        const read = readImportFiles(await Promise.all(files.map(async (file) => ({ name: file.webkitRelativePath || file.name, bytes: new Uint8Array(await file.arrayBuffer()) }))), readHtml);
        const bad: BadFile[] = [];
        const good = read.flatMap((candidate) => (candidate.ok ? [candidate.file] : (bad.push({ name: candidate.name, reason: candidate.reason }), [])));
        await libraryDb.enqueueFiles(good);
        set({ bad });
      } catch (error) {
        set({ status: 'failed', error: errorMessage(error) });
        return;
      }
      await run();
    },

    async checkInterrupted() {
      if (get().status === 'running' || get().status === 'reading') return;
      const remaining = await libraryDb.queueLength();
      if (remaining > 0) set({ status: 'interrupted', remaining });
    },

    async resume() {
      if (get().status === 'running') return;
      await useLibraryStore.getState().load();
      await run();
    },

    cancel() {
      if (get().status === 'running') cancelRequested = true;
      else if (get().status === 'interrupted') {
        void libraryDb.clearQueue().then(() => set({ status: 'cancelled', remaining: 0 }));
      }
    },
  };
});
