import { create } from 'zustand';
import type { BackendInfo, BackendName } from '../engine/api';
import { BACKEND_ORDER } from '../engine/api';
import { startEngine, type Engine } from '../engine/client';
import { errorMessage } from '../core/errors';

type EngineStatus = 'idle' | 'starting' | 'ready' | 'failed';

interface EngineState {
  status: EngineStatus;
  info: BackendInfo | null;
  error: string | null;
  engine: Engine | null;
  start: (preference?: BackendName) => Promise<void>;
  /** Reads the backend again, after the engine moved (a lost WebGL context). */
  refresh: () => Promise<void>;
}

export const useEngineStore = create<EngineState>()((set, get) => ({
  status: 'idle',
  info: null,
  error: null,
  engine: null,
  async start(preference) {
    if (get().status === 'starting') return;
    const engine = get().engine ?? startEngine();
    exposeForDevtools(engine);
    set({ status: 'starting', engine, error: null });
    try {
      set({ status: 'ready', info: await engine.init(preference) });
    } catch (error) {
      set({ status: 'failed', error: errorMessage(error) });
    }
  },
  async refresh() {
    const engine = get().engine;
    if (engine) set({ info: await engine.backendInfo() });
  },
}));

/** The started engine, for a use case the person started; before the engine exists, an error that says what to do. */
export function startedEngine(): Engine {
  const { engine } = useEngineStore.getState();
  if (!engine) throw new Error('The engine has not started yet; reload the page.');
  return engine;
}

/** Errors that mean the engine changed backend: the header must say so. */
export function noteEngineError(error: unknown): void {
  if (error instanceof Error && error.name === 'ContextLostError') void useEngineStore.getState().refresh();
}

/** `?backend=wasm` in the page URL overrides the default choice (for comparisons and tests). */
export function backendFromUrl(search: string): BackendName | undefined {
  const requested = new URLSearchParams(search).get('backend');
  return BACKEND_ORDER.find((name) => name === requested);
}

declare global {
  interface Window {
    /** The engine's API from the browser console (and for the e2e suite): `await nerStudio.engine.backendInfo()`. */
    nerStudio?: { engine: Engine };
  }
}

function exposeForDevtools(engine: Engine): void {
  if (typeof window !== 'undefined') window.nerStudio = { engine };
}
