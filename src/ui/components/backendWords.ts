/**
 * What the engine runs on, in words a reader knows: the processor first (GPU or CPU), the
 * technique after it. The renderer string (ANGLE, SwiftShader…) is a detail for the tooltip only.
 */
import type { BackendInfo, BackendName } from '../../engine/api';

export interface BackendWords {
  /** "GPU (WebGPU)", "GPU (WebGL)", "CPU (WebAssembly)". */
  runsOn: string;
  /** Why this one, when it is not the GPU; empty when nothing needs saying. */
  why: string;
  /** For sentences: "on your GPU (WebGL)", "on the CPU (WebAssembly)". */
  where: string;
  /** What the first training step waits for. */
  warmUp: string;
}

const TECHNIQUE: Record<BackendName, string> = { webgpu: 'WebGPU', webgl: 'WebGL', wasm: 'WebAssembly', cpu: 'plain JavaScript' };

export function backendWords(info: BackendInfo | null): BackendWords {
  if (!info) return { runsOn: 'starting…', why: '', where: 'in a background worker', warmUp: 'building the model…' };
  const words = backendWordsFor(info);
  // A backend asked for (?backend=webgpu) that did not start: that is the news, with its reason.
  const requested = info.requested !== null && info.requested !== info.backend
    ? info.failures.find((failure) => failure.backend === info.requested)
    : undefined;
  return requested ? { ...words, why: `${TECHNIQUE[requested.backend]} was asked for but did not start: ${requested.reason}` } : words;
}

function backendWordsFor(info: BackendInfo): BackendWords {
  const webglFailure = info.failures.find((failure) => failure.backend === 'webgl');
  const noGpu = webglFailure
    ? /software-rendered|software rendering/.test(webglFailure.reason)
      ? 'this browser has WebGL but no GPU behind it (software rendering), where WebAssembly is faster'
      : 'WebGL is not available in this browser'
    : '';
  switch (info.backend) {
    case 'webgpu':
      return info.softwareRendered
        ? { runsOn: 'WebGPU in software (no GPU)', why: 'WebGPU here runs on a fallback adapter emulated on the CPU, which is slower than WebAssembly', where: 'on WebGPU emulated on the CPU', warmUp: 'building the model and compiling its WebGPU shaders…' }
        : { runsOn: 'GPU (WebGPU)', why: '', where: 'on your GPU (WebGPU)', warmUp: 'building the model and compiling its GPU kernels…' };
    case 'webgl':
      return info.softwareRendered
        ? { runsOn: 'WebGL in software (no GPU)', why: 'WebGL here is emulated on the CPU, which is slower than WebAssembly', where: 'on WebGL emulated on the CPU', warmUp: 'building the model and compiling its WebGL shaders…' }
        : { runsOn: 'GPU (WebGL)', why: '', where: 'on your GPU (WebGL)', warmUp: 'building the model and compiling its GPU kernels…' };
    case 'wasm':
      return { runsOn: 'CPU (WebAssembly)', why: noGpu, where: 'on the CPU (WebAssembly)', warmUp: 'building the model…' };
    default:
      return { runsOn: 'CPU (plain JavaScript, the slowest)', why: info.failures.some((failure) => failure.backend === 'wasm') ? 'WebAssembly did not start' : noGpu, where: 'on the CPU (plain JavaScript)', warmUp: 'building the model…' };
  }
}
