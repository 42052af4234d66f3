import * as tf from '@tensorflow/tfjs';
import type { MathBackendWebGL } from '@tensorflow/tfjs-backend-webgl';

/**
 * Resolves, with the reason to record, when the active GPU backend loses its GPU: the WebGL context
 * is lost or the WebGPU device is (a GPU reset, a driver crash, the browser reclaiming the GPU). After
 * a loss, pending GPU reads can wait forever, so every engine operation races against this promise:
 * the caller gets an error instead of a hang. Null on the CPU backends.
 */
export function watchContextLoss(): { lost: Promise<string> } | null {
  const backend = tf.getBackend();
  if (backend === 'webgpu') {
    const lost = webgpuDevice().lost.then((info) => `the WebGPU device was lost${info.message ? ` (${info.message})` : ''}`);
    return { lost };
  }
  if (backend !== 'webgl') return null;
  const gl = (tf.backend() as MathBackendWebGL).gpgpu.gl;
  const canvas = gl.canvas as OffscreenCanvas | HTMLCanvasElement;
  const lost = new Promise<string>((resolve) => {
    canvas.addEventListener('webglcontextlost', (event) => {
      event.preventDefault();
      resolve('the WebGL context was lost');
    }, { once: true });
  });
  return { lost };
}

/** The device tfjs's WebGPU backend computes on (typed here to keep the backend's own types, and code, out of this module). */
export function webgpuDevice(): GPUDevice {
  return (tf.backend() as unknown as { device: GPUDevice }).device;
}

export class ContextLostError extends Error {
  constructor(what: 'WebGL context' | 'WebGPU device', recovery: string) {
    super(`The ${what} was lost (the GPU was reset or reclaimed). ${recovery}`);
    this.name = 'ContextLostError';
  }
}
