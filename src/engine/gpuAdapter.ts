/** Pure: whether a GPU renderer string or WebGPU adapter is a software one. No tfjs here. */

/** Software rasterisers and fallback adapters: SwiftShader (Chromium), llvmpipe/softpipe/lavapipe (Mesa), Microsoft Basic Render Driver (WARP). */
export const SOFTWARE_RENDERERS = /swiftshader|llvmpipe|softpipe|lavapipe|basic render|software/i;

export interface WebgpuAdapter {
  /** "nvidia ampere", "google swiftshader": the adapter's vendor, architecture and description. */
  name: string;
  /** A fallback adapter (SwiftShader) or a software rasteriser: slower than wasm for this model. */
  software: boolean;
}

/** The adapter's words and whether it is software, from adapter.info (or the older adapter.isFallbackAdapter). */
export function describeAdapter(adapter: { info?: Partial<GPUAdapterInfo>; isFallbackAdapter?: boolean }): WebgpuAdapter {
  const info = adapter.info ?? {};
  const name = [info.vendor, info.architecture, info.description].filter(Boolean).join(' ') || 'unknown adapter';
  const software = info.isFallbackAdapter === true || adapter.isFallbackAdapter === true || SOFTWARE_RENDERERS.test(name);
  return { name, software };
}

