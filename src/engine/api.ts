/** The engine's contract with the page. Types only: the page imports this, never tfjs. */

export type BackendName = 'webgl' | 'wasm' | 'cpu';

export const BACKEND_ORDER: readonly BackendName[] = ['webgl', 'wasm', 'cpu'];

export interface BackendFailure {
  backend: BackendName;
  reason: string;
}

export interface BackendInfo {
  /** The tfjs backend every computation runs on. */
  backend: BackendName;
  /** Why the preferred backends were not used; empty when the first choice worked. */
  failures: BackendFailure[];
  /** The GPU renderer string where WebGL is active (e.g. "SwiftShader" when software-rendered). */
  renderer: string | null;
  /** True when WebGL runs on a software rasteriser (SwiftShader, llvmpipe): slower than wasm. */
  softwareRendered: boolean;
  webglVersion: 1 | 2 | null;
  tfjsVersion: string;
  /** Milliseconds spent initialising the backend, shader warm-up included. */
  initMs: number;
}

export interface EngineApi {
  /** Initialises tfjs on the first backend of `preference` that works, falling back in BACKEND_ORDER. */
  init(preference?: BackendName): Promise<BackendInfo>;
  backendInfo(): Promise<BackendInfo>;
}
