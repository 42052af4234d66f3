import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-webgl';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import type { MathBackendWebGL } from '@tensorflow/tfjs-backend-webgl';
import wasmPlain from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimd from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import wasmThreaded from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';
import { BACKEND_ORDER, type BackendFailure, type BackendInfo, type BackendName } from './api';
import { errorMessage } from '../core/errors';
import { describeAdapter, SOFTWARE_RENDERERS, type WebgpuAdapter } from './gpuAdapter';

// Vite fingerprints the .wasm files; tfjs must be told where they went (docs/architecture.md, toolchain notes).
setWasmPaths({
  'tfjs-backend-wasm.wasm': wasmPlain,
  'tfjs-backend-wasm-simd.wasm': wasmSimd,
  'tfjs-backend-wasm-threaded-simd.wasm': wasmThreaded,
});

const SOFTWARE_RENDERED = 'WebGL is software-rendered here (no GPU behind it), so wasm is faster';
const WEBGPU_SOFTWARE = 'WebGPU is software-rendered here (a fallback adapter, no GPU behind it), so it is not chosen by itself';

/**
 * Starts the requested backend, falling back in BACKEND_ORDER; every failure keeps its reason.
 * Without a request the choice is automatic: WebGPU where the browser offers a hardware adapter,
 * else WebGL unless it is software-rendered (SwiftShader, llvmpipe), where wasm measured ≈ 12× faster
 * to train and ≈ 15× faster to predict (bench/results/train.json, docs/architecture.md toolchain notes).
 * A requested backend is started even in software; when it fails, the others follow the automatic rules.
 */
export async function initBackend(preference?: BackendName): Promise<BackendInfo> {
  const started = performance.now();
  const first = preference ?? BACKEND_ORDER[0];
  const order = [first, ...BACKEND_ORDER.filter((name) => name !== first)];
  const failures: BackendFailure[] = [];
  const done = (backend: BackendName, gpu: Pick<BackendInfo, 'renderer' | 'softwareRendered' | 'webglVersion'>): BackendInfo =>
    ({ backend, failures, ...gpu, requested: preference ?? null, tfjsVersion: tf.version.tfjs, initMs: performance.now() - started });
  for (const backend of order) {
    const automatic = backend !== preference;
    if (backend === 'webgpu') {
      // The adapter is read before the WebGPU backend's code is even fetched: where there is no
      // hardware adapter (most browsers today, every headless one) the first visit pays ~5 ms, no download.
      const adapter = await webgpuAdapter();
      if (typeof adapter === 'string') {
        failures.push({ backend, reason: adapter });
        continue;
      }
      if (automatic && adapter.software) {
        failures.push({ backend, reason: `${WEBGPU_SOFTWARE} (${adapter.name})` });
        continue;
      }
      const reason = await tryBackend(backend);
      if (reason !== null) {
        failures.push({ backend, reason });
        continue;
      }
      return done(backend, { renderer: adapter.name, softwareRendered: adapter.software, webglVersion: null });
    }
    // The automatic choice reads the renderer from a bare context first: starting tfjs's WebGL
    // backend only to leave it (its context and first shaders) cost ~200 ms of a first visit.
    if (backend === 'webgl' && automatic && SOFTWARE_RENDERERS.test(bareWebglRenderer() ?? '')) {
      failures.push({ backend, reason: SOFTWARE_RENDERED });
      continue;
    }
    const reason = await tryBackend(backend);
    if (reason !== null) {
      failures.push({ backend, reason });
      continue;
    }
    const webgl = describeWebgl(backend);
    if (automatic && webgl.softwareRendered) {
      failures.push({ backend, reason: SOFTWARE_RENDERED });
      continue;
    }
    return done(backend, webgl);
  }
  throw new Error(`No TensorFlow.js backend works here: ${failures.map((f) => `${f.backend}: ${f.reason}`).join('; ')}`);
}

/** The adapter tfjs's WebGPU backend would get (it asks for high performance), or why there is none. */
async function webgpuAdapter(): Promise<WebgpuAdapter | string> {
  if (typeof navigator === 'undefined' || !('gpu' in navigator) || !navigator.gpu) return 'WebGPU is not available in this browser';
  try {
    const adapter = await navigator.gpu.requestAdapter({ powerPreference: 'high-performance' });
    if (!adapter) return 'this browser has WebGPU but offers no GPU adapter for it';
    return describeAdapter(adapter);
  } catch (error) {
    return `WebGPU could not give an adapter: ${errorMessage(error)}`;
  }
}

/** Returns null when `backend` is active and computes correctly, else why not. */
async function tryBackend(backend: BackendName): Promise<string | null> {
  if (backend === 'webgpu') {
    // Its own chunk, fetched only here: the worker every first visit parses does not carry it.
    try {
      await import('@tensorflow/tfjs-backend-webgpu');
    } catch (error) {
      return `the WebGPU backend's code did not load: ${errorMessage(error)}`;
    }
  }
  if (backend === 'webgl') {
    const missing = webglUnavailableReason();
    if (missing) return missing;
  }
  try {
    if (!(await tf.setBackend(backend))) return `TensorFlow.js could not initialise the ${backend} backend`;
    await tf.ready();
    return await smokeTest();
  } catch (error) {
    return errorMessage(error);
  }
}

function webglUnavailableReason(): string | null {
  if (typeof OffscreenCanvas === 'undefined') return 'OffscreenCanvas is not available in this browser\'s workers';
  const canvas = new OffscreenCanvas(1, 1);
  if (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) return null;
  return 'WebGL is disabled or unavailable in this browser (no WebGL context could be created)';
}

/** The renderer a plain WebGL context reports (null without one); the context is released at once. */
function bareWebglRenderer(): string | null {
  if (typeof OffscreenCanvas === 'undefined') return null;
  const gl = new OffscreenCanvas(1, 1).getContext('webgl2') ?? new OffscreenCanvas(1, 1).getContext('webgl');
  if (!gl) return null;
  const renderer = rendererOf(gl);
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return renderer;
}

/** The renderer a WebGL context names: the unmasked one where the browser tells it. */
function rendererOf(gl: WebGLRenderingContext | WebGL2RenderingContext): string {
  const debugInfo = gl.getExtension('WEBGL_debug_renderer_info');
  return String(gl.getParameter(debugInfo ? debugInfo.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
}

/** A backend can initialise and still compute garbage (broken drivers): check one small result. */
async function smokeTest(): Promise<string | null> {
  const sum = tf.tidy(() => tf.tensor1d([1, 2, 3]).square().sum());
  const [value] = await sum.data();
  sum.dispose();
  return value === 14 ? null : `the ${tf.getBackend()} backend computed 1²+2²+3² = ${value}`;
}

function describeWebgl(backend: BackendName): Pick<BackendInfo, 'renderer' | 'softwareRendered' | 'webglVersion'> {
  if (backend !== 'webgl') return { renderer: null, softwareRendered: false, webglVersion: null };
  const renderer = rendererOf((tf.backend() as MathBackendWebGL).gpgpu.gl);
  const webglVersion = tf.env().getNumber('WEBGL_VERSION') === 2 ? 2 : 1;
  return { renderer, softwareRendered: SOFTWARE_RENDERERS.test(renderer), webglVersion };
}
