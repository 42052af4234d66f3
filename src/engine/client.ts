import * as Comlink from 'comlink';
import type { EngineApi } from './api';

export type Engine = Comlink.Remote<EngineApi>;

/** Starts the engine worker. The page talks to tfjs only through this typed proxy. */
export function startEngine(): Engine {
  const worker = new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module', name: 'ner-engine' });
  return Comlink.wrap<EngineApi>(worker);
}
