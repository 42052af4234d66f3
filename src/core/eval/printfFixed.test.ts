import { describe, expect, it } from 'vitest';
import { printfFixed } from './printfFixed';

describe('printfFixed', () => {
  it('pads like %6.2f', () => {
    expect(printfFixed(0)).toBe('  0.00');
    expect(printfFixed(97.5)).toBe(' 97.50');
    expect(printfFixed(100)).toBe('100.00');
    expect(printfFixed(200 / 3)).toBe(' 66.67');
  });

  it('rounds exact ties to even, as glibc printf does (toFixed would round up)', () => {
    expect(printfFixed(12.125)).toBe(' 12.12');
    expect(printfFixed(0.125)).toBe('  0.12');
    expect(printfFixed(0.375)).toBe('  0.38');
    expect(printfFixed(99.875)).toBe(' 99.88');
  });

  it('rounds values that only look like ties by their true binary value', () => {
    // 1.005 is stored as 1.00499999999999989…, so C prints 1.00.
    expect(printfFixed(1.005)).toBe('  1.00');
    expect(printfFixed(0.015)).toBe('  0.01');
  });
});
