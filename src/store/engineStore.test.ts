import { describe, expect, it } from 'vitest';
import { backendFromUrl } from './engineStore';

describe('backendFromUrl', () => {
  it('accepts the known backends only', () => {
    expect(backendFromUrl('?backend=wasm')).toBe('wasm');
    expect(backendFromUrl('?backend=cpu&x=1')).toBe('cpu');
    expect(backendFromUrl('?backend=webgpu')).toBe('webgpu');
    expect(backendFromUrl('?backend=webgl')).toBe('webgl');
    expect(backendFromUrl('?backend=WebGPU')).toBeUndefined();
    expect(backendFromUrl('?backend=gpu')).toBeUndefined();
    expect(backendFromUrl('')).toBeUndefined();
  });
});
