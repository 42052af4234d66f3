import * as Comlink from 'comlink';
import { create } from 'zustand';
import type { DocumentAnalysis, Entity } from '../core/analysis';
import type { AnalyzeProgress } from '../engine/api';
import { noteEngineError, useEngineStore } from './engineStore';
import { errorMessage, isAbortError } from '../core/errors';
import { measureSince } from '../engine/userTiming';

/** A document's analysis (core/analysis's `analyzeDocument`) and how long it took. */
export interface Analysis extends DocumentAnalysis {
  /** Milliseconds from the request to the result. */
  ms: number;
}

interface AnalysisState {
  status: 'idle' | 'analyzing' | 'done' | 'failed';
  progress: AnalyzeProgress | null;
  analysis: Analysis | null;
  error: string | null;
  /** Increases with every request, so a late answer to an older text is ignored. */
  request: number;
  hiddenLabels: ReadonlySet<string>;
  /** Start offsets of the mentions flashing after a click in the entity table. */
  flashing: ReadonlySet<number>;
  analyze: (text: string) => Promise<void>;
  toggleLabel: (label: string) => void;
  setHiddenLabels: (labels: Iterable<string>) => void;
  flash: (entity: Entity) => void;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The ring stays this long; the pulse itself starts once the mention is on screen (ui/analyze/showMention). */
const FLASH_MS = 4000;

export const useAnalysisStore = create<AnalysisState>()((set, get) => ({
  status: 'idle',
  progress: null,
  analysis: null,
  error: null,
  request: 0,
  hiddenLabels: new Set(),
  flashing: new Set(),

  async analyze(text) {
    const request = get().request + 1;
    const engine = useEngineStore.getState().engine;
    if (text.trim() === '') {
      set({ request, status: 'idle', analysis: null, progress: null, error: null });
      return;
    }
    if (!engine) return;
    set({ request, status: 'analyzing', progress: null, error: null });
    const started = performance.now();
    const onProgress = Comlink.proxy((progress: AnalyzeProgress) => {
      if (get().request === request) set({ progress });
    });
    try {
      // The worker builds the analysis too (analyzeDocument); reading its answer and rendering it are
      // two tasks, not one (a 200,000-word paste: one 860 ms task became about 250 and 100 ms).
      const analysis = await engine.analyze(text, onProgress);
      measureSince('ner:engineAnswer', started);
      await nextTask();
      if (get().request !== request) return;
      set({ status: 'done', progress: null, analysis: { ...analysis, ms: performance.now() - started } });
    } catch (error) {
      if (get().request !== request) return;
      // A newer request cancelled this one: that one's result is what counts.
      if (isAbortError(error)) return;
      noteEngineError(error);
      set({ status: 'failed', progress: null, error: errorMessage(error) });
    }
  },

  toggleLabel(label) {
    const hidden = new Set(get().hiddenLabels);
    if (!hidden.delete(label)) hidden.add(label);
    set({ hiddenLabels: hidden });
  },

  setHiddenLabels(labels) {
    set({ hiddenLabels: new Set(labels) });
  },

  flash(entity) {
    const starts = new Set(entity.mentions.map((mention) => mention.start));
    set({ flashing: starts });
    setTimeout(() => {
      if (get().flashing === starts) set({ flashing: new Set() });
    }, FLASH_MS);
  },
}));
