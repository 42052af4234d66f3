import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';

export type BackendName = 'wasm' | 'cpu' | 'webgl' | 'webgpu';

/**
 * Switches tfjs to `name` and waits until it is ready; returns the backend actually in use.
 * In Node the wasm binaries load from node_modules by themselves; under Vite the engine passes
 * their `?url` imports to setWasmPaths first (docs/architecture.md, toolchain notes).
 */
export async function setBackend(name: BackendName): Promise<string> {
  if (!(await tf.setBackend(name))) throw new Error(`tfjs backend "${name}" could not start`);
  await tf.ready();
  return tf.getBackend();
}
