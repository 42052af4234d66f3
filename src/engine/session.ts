import { initBackend } from './backends';
import type { BackendInfo, BackendName } from './api';
import { ContextLostError, watchContextLoss } from './contextLoss';
import { measureSince } from './userTiming';

/**
 * What lived on a lost WebGL context or WebGPU device: `release` drops it at once and returns how to rebuild it on
 * the next backend (null when there is nothing to rebuild).
 */
export type ReleaseOnContextLoss = () => (() => Promise<void>) | null;

/** The tfjs backend every engine operation runs on, and its recovery from a lost WebGL context or WebGPU device. */
export function createSession(releaseOnContextLoss: ReleaseOnContextLoss) {
  let backend: Promise<BackendInfo> | null = null;
  let contextLost: Promise<never> | null = null;

  function start(preference?: BackendName): Promise<BackendInfo> {
    const started = performance.now();
    backend = initBackend(preference).then((info) => {
      measureSince('ner:initBackend', started);
      const watch = watchContextLoss();
      contextLost = watch ? watch.lost.then((reason) => recoverFromContextLoss(info, reason)) : null;
      contextLost?.catch(() => undefined);
      return info;
    });
    return backend;
  }

  /**
   * Everything on the dead context is gone: the recovery becomes the pending backend, so every
   * call waits for it; models are rebuilt from their sources on the next backend, and the
   * operation in flight fails with an error that says what happened.
   */
  function recoverFromContextLoss(lostOn: BackendInfo, reason: string): Promise<never> {
    const rebuild = releaseOnContextLoss();
    contextLost = null;
    const recovery = (async () => {
      const next = await initBackend('wasm');
      next.failures.unshift({ backend: lostOn.backend, reason });
      await rebuild?.();
      return next;
    })();
    backend = recovery;
    return recovery.then((next) => {
      throw new ContextLostError(lostOn.backend === 'webgpu' ? 'WebGPU device' : 'WebGL context', `NER Studio switched to the ${next.backend} backend${rebuild ? ' and reloaded the model' : ''}; please try again.`);
    });
  }

  return {
    start,
    /** The backend in use, started with the automatic choice when nothing started it yet. */
    info: (): Promise<BackendInfo> => backend ?? start(),
    /** Runs `operation` on a ready backend; a lost WebGL context or WebGPU device rejects it instead of hanging it. */
    async run<T>(operation: () => Promise<T>): Promise<T> {
      await (backend ?? start());
      const lost = contextLost;
      return lost ? Promise.race([operation(), lost]) : operation();
    },
  };
}
