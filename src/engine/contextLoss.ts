import * as tf from '@tensorflow/tfjs';
import type { MathBackendWebGL } from '@tensorflow/tfjs-backend-webgl';

/**
 * Resolves when the active WebGL context is lost (a GPU reset, a driver crash, the browser
 * reclaiming the GPU). After a loss, pending GPU reads can wait forever, so every engine operation
 * races against this promise: the caller gets an error instead of a hang.
 */
export function watchContextLoss(): { lost: Promise<void>; canvasGl: WebGLRenderingContext | WebGL2RenderingContext } | null {
  if (tf.getBackend() !== 'webgl') return null;
  const gl = (tf.backend() as MathBackendWebGL).gpgpu.gl;
  const canvas = gl.canvas as OffscreenCanvas | HTMLCanvasElement;
  const lost = new Promise<void>((resolve) => {
    canvas.addEventListener('webglcontextlost', (event) => {
      event.preventDefault();
      resolve();
    }, { once: true });
  });
  return { lost, canvasGl: gl };
}

export class ContextLostError extends Error {
  constructor(recovery: string) {
    super(`The WebGL context was lost (the GPU was reset or reclaimed). ${recovery}`);
    this.name = 'ContextLostError';
  }
}
