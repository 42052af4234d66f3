import { describe, expect, it } from 'vitest';
import { backendFromUrl } from './engineStore';

describe('backendFromUrl', () => {
  it('accepts the known backends only', () => {
    expect(backendFromUrl('?backend=wasm')).toBe('wasm');
    expect(backendFromUrl('?backend=cpu&x=1')).toBe('cpu');
    expect(backendFromUrl('?backend=webgpu')).toBeUndefined();
    expect(backendFromUrl('')).toBeUndefined();
  });
});
