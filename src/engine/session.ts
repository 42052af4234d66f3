import { initBackend } from './backends';
import type { BackendInfo, BackendName } from './api';
import { ContextLostError, watchContextLoss } from './contextLoss';
import { measureSince } from './userTiming';
import { errorMessage } from '../core/errors';

/**
 * What lived on a lost WebGL context or WebGPU device: `release` drops it at once and returns how to rebuild it on
 * the next backend (null when there is nothing to rebuild).
 */
export type ReleaseOnContextLoss = () => (() => Promise<void>) | null;

/** How long a failed operation waits to see whether a lost GPU was its cause. */
const LOSS_GRACE_MS = 250;
const GPU_ERROR = /GPU|mapAsync|device/i;

function settlesWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<boolean>((resolve) => { timer = setTimeout(() => resolve(false), ms); });
  return Promise.race([promise.then(() => true, () => true), timeout]).finally(() => clearTimeout(timer));
}

/** The tfjs backend every engine operation runs on, and its recovery from a lost WebGL context or WebGPU device. */
export function createSession(releaseOnContextLoss: ReleaseOnContextLoss) {
  let backend: Promise<BackendInfo> | null = null;
  let contextLost: Promise<never> | null = null;
  /** Resolves the moment the GPU is lost (before the recovery that `contextLost` waits for). */
  let lossSeen: Promise<unknown> | null = null;

  function start(preference?: BackendName): Promise<BackendInfo> {
    const started = performance.now();
    backend = initBackend(preference).then((info) => {
      measureSince('ner:initBackend', started);
      const watch = watchContextLoss();
      lossSeen = watch?.lost ?? null;
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
    lossSeen = null;
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
      const on = await (backend ?? start());
      const lost = contextLost;
      const seen = lossSeen;
      if (!lost || !seen) return operation();
      try {
        return await Promise.race([operation(), lost]);
      } catch (error) {
        // A lost WebGPU device fails the reads in flight ("Failed to execute 'mapAsync' on 'GPUBuffer'",
        // an AbortError) a moment before device.lost resolves: when the loss follows at once, it is the
        // error to report. Other failures (a cancel, a bad input) are not held up.
        if (on.backend === 'webgpu' && GPU_ERROR.test(errorMessage(error)) && (await settlesWithin(seen, LOSS_GRACE_MS))) await lost;
        throw error;
      }
    },
  };
}
