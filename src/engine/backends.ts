import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-webgl';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import type { MathBackendWebGL } from '@tensorflow/tfjs-backend-webgl';
import wasmPlain from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimd from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import wasmThreaded from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';
import { BACKEND_ORDER, type BackendFailure, type BackendInfo, type BackendName } from './api';
import { errorMessage } from '../core/errors';

// Vite fingerprints the .wasm files; tfjs must be told where they went (docs/architecture.md, toolchain notes).
setWasmPaths({
  'tfjs-backend-wasm.wasm': wasmPlain,
  'tfjs-backend-wasm-simd.wasm': wasmSimd,
  'tfjs-backend-wasm-threaded-simd.wasm': wasmThreaded,
});

const SOFTWARE_RENDERERS = /swiftshader|llvmpipe|softpipe|software/i;
const SOFTWARE_RENDERED = 'WebGL is software-rendered here (no GPU behind it), so wasm is faster';

/**
 * Starts the requested backend, falling back in BACKEND_ORDER; every failure keeps its reason.
 * Without a request the choice is automatic: WebGL, unless it is software-rendered (SwiftShader,
 * llvmpipe), where wasm measured ≈ 12× faster to train and ≈ 15× faster to predict (bench/results/train.json,
 * docs/architecture.md toolchain notes).
 */
export async function initBackend(preference?: BackendName): Promise<BackendInfo> {
  const started = performance.now();
  const order = [preference ?? 'webgl', ...BACKEND_ORDER.filter((name) => name !== (preference ?? 'webgl'))];
  const failures: BackendFailure[] = [];
  for (const backend of order) {
    // The automatic choice reads the renderer from a bare context first: starting tfjs's WebGL
    // backend only to leave it (its context and first shaders) cost ~200 ms of a first visit.
    if (backend === 'webgl' && preference === undefined && SOFTWARE_RENDERERS.test(bareWebglRenderer() ?? '')) {
      failures.push({ backend, reason: SOFTWARE_RENDERED });
      continue;
    }
    const reason = await tryBackend(backend);
    if (reason !== null) {
      failures.push({ backend, reason });
      continue;
    }
    const webgl = describeWebgl(backend);
    if (preference === undefined && webgl.softwareRendered) {
      failures.push({ backend, reason: SOFTWARE_RENDERED });
      continue;
    }
    return { backend, failures, ...webgl, tfjsVersion: tf.version.tfjs, initMs: performance.now() - started };
  }
  throw new Error(`No TensorFlow.js backend works here: ${failures.map((f) => `${f.backend}: ${f.reason}`).join('; ')}`);
}

/** Returns null when `backend` is active and computes correctly, else why not. */
async function tryBackend(backend: BackendName): Promise<string | null> {
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
  const debugInfo = gl.getExtension('WEBGL_debug_renderer_info');
  const renderer = String(gl.getParameter(debugInfo ? debugInfo.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return renderer;
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
  const gl = (tf.backend() as MathBackendWebGL).gpgpu.gl;
  const debugInfo = gl.getExtension('WEBGL_debug_renderer_info');
  const renderer = String(gl.getParameter(debugInfo ? debugInfo.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
  const webglVersion = tf.env().getNumber('WEBGL_VERSION') === 2 ? 2 : 1;
  return { renderer, softwareRendered: SOFTWARE_RENDERERS.test(renderer), webglVersion };
}
