import { describe, expect, it } from 'vitest';
import { describeAdapter, SOFTWARE_RENDERERS } from './gpuAdapter';

describe('describeAdapter', () => {
  it('test_describeAdapter_marks_fallback_and_software_adapters_software', () => {
    // What Debian's Chromium 156 reports headless with --enable-unsafe-webgpu.
    expect(describeAdapter({ info: { vendor: 'google', architecture: 'swiftshader', description: '', isFallbackAdapter: true } }))
      .toEqual({ name: 'google swiftshader', software: true });
    // Older Chromium: the flag sits on the adapter, not its info.
    expect(describeAdapter({ info: { vendor: 'google', architecture: '' }, isFallbackAdapter: true }).software).toBe(true);
    // Mesa's software Vulkan, not flagged as a fallback.
    expect(describeAdapter({ info: { vendor: 'mesa', architecture: '', description: 'llvmpipe (LLVM 15.0.6, 256 bits)', isFallbackAdapter: false } }).software).toBe(true);
  });

  it('test_describeAdapter_keeps_hardware_adapters', () => {
    expect(describeAdapter({ info: { vendor: 'nvidia', architecture: 'hopper', description: '', isFallbackAdapter: false } }))
      .toEqual({ name: 'nvidia hopper', software: false });
    expect(describeAdapter({ info: { vendor: 'apple', architecture: 'metal-3' } }).software).toBe(false);
    expect(describeAdapter({}).name).toBe('unknown adapter');
  });

  it('test_SOFTWARE_RENDERERS_knows_the_WebGL_software_renderers', () => {
    expect(SOFTWARE_RENDERERS.test('ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)')).toBe(true);
    expect(SOFTWARE_RENDERERS.test('ANGLE (Microsoft, Microsoft Basic Render Driver Direct3D11)')).toBe(true);
    expect(SOFTWARE_RENDERERS.test('ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0)')).toBe(false);
  });
});
