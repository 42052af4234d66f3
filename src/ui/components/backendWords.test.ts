import { describe, expect, it } from 'vitest';
import type { BackendInfo } from '../../engine/api';
import { backendWords } from './backendWords';

const info = (patch: Partial<BackendInfo>): BackendInfo => ({
  backend: 'wasm',
  failures: [],
  renderer: null,
  softwareRendered: false,
  webglVersion: null,
  tfjsVersion: '4.22.0',
  initMs: 10,
  requested: null,
  ...patch,
});
const ANGLE = 'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)';

describe('backendWords', () => {
  it('test_backendWords_says_CPU_and_why_on_wasm_never_the_GPU_nor_the_renderer_string', () => {
    const words = backendWords(info({ failures: [{ backend: 'webgl', reason: 'WebGL is software-rendered here, so wasm is faster' }] }));
    expect(words.runsOn).toBe('CPU (WebAssembly)');
    expect(words.where).toBe('on the CPU (WebAssembly)');
    expect(words.why).toBe('this browser has WebGL but no GPU behind it (software rendering), where WebAssembly is faster');
    expect(words.warmUp).not.toMatch(/GPU/);
    expect(JSON.stringify(words)).not.toMatch(/ANGLE|SwiftShader/);
  });

  it('test_backendWords_says_GPU_only_on_hardware_webgl', () => {
    expect(backendWords(info({ backend: 'webgl', renderer: 'ANGLE (NVIDIA GeForce RTX 3060)', webglVersion: 2 })).runsOn).toBe('GPU (WebGL)');
    const emulated = backendWords(info({ backend: 'webgl', renderer: ANGLE, softwareRendered: true, webglVersion: 2 }));
    expect(emulated.runsOn).toBe('WebGL in software (no GPU)');
    expect(JSON.stringify(emulated)).not.toMatch(/ANGLE|SwiftShader/);
    expect(backendWords(info({ backend: 'cpu', failures: [{ backend: 'webgl', reason: 'WebGL is disabled' }] })).why).toBe('WebGL is not available in this browser');
  });

  it('test_backendWords_says_GPU_on_hardware_webgpu_and_software_on_a_fallback_adapter', () => {
    const gpu = backendWords(info({ backend: 'webgpu', renderer: 'nvidia ampere', failures: [] }));
    expect(gpu).toMatchObject({ runsOn: 'GPU (WebGPU)', why: '', where: 'on your GPU (WebGPU)' });
    const fallback = backendWords(info({ backend: 'webgpu', renderer: 'google swiftshader', softwareRendered: true, requested: 'webgpu' }));
    expect(fallback.runsOn).toBe('WebGPU in software (no GPU)');
    expect(JSON.stringify(fallback)).not.toMatch(/swiftshader/i);
  });

  it('test_backendWords_keeps_the_WebGL_reason_when_WebGPU_was_skipped_by_the_automatic_choice', () => {
    const words = backendWords(info({
      failures: [
        { backend: 'webgpu', reason: 'this browser has WebGPU but offers no GPU adapter for it' },
        { backend: 'webgl', reason: 'WebGL is software-rendered here (no GPU behind it), so wasm is faster' },
      ],
    }));
    expect(words.why).toBe('this browser has WebGL but no GPU behind it (software rendering), where WebAssembly is faster');
    const hardwareWebgl = backendWords(info({ backend: 'webgl', renderer: 'ANGLE (NVIDIA)', webglVersion: 2, failures: [{ backend: 'webgpu', reason: 'WebGPU is not available in this browser' }] }));
    expect(hardwareWebgl).toMatchObject({ runsOn: 'GPU (WebGL)', why: '' });
  });

  it('test_backendWords_says_a_requested_backend_did_not_start_and_why', () => {
    const words = backendWords(info({
      requested: 'webgpu',
      failures: [
        { backend: 'webgpu', reason: 'this browser has WebGPU but offers no GPU adapter for it' },
        { backend: 'webgl', reason: 'WebGL is software-rendered here (no GPU behind it), so wasm is faster' },
      ],
    }));
    expect(words.runsOn).toBe('CPU (WebAssembly)');
    expect(words.why).toBe('WebGPU was asked for but did not start: this browser has WebGPU but offers no GPU adapter for it');
    // Asked for and running: nothing to explain.
    expect(backendWords(info({ backend: 'wasm', requested: 'wasm' })).why).toBe('');
  });
});
