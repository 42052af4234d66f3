import { describe, expect, it } from 'vitest';
import { hashForView, viewFromHash } from './views';

describe('viewFromHash', () => {
  it.each([
    ['', 'analyze'],
    ['#', 'analyze'],
    ['#/', 'analyze'],
    ['#/graph', 'graph'],
    ['#train', 'train'],
    ['#/models/extra', 'models'],
    ['#/analyze?s=abc', 'analyze'],
    ['#/nowhere', 'analyze'],
    ['#/__proto__', 'analyze'],
  ])('reads %j as %s', (hash, view) => {
    expect(viewFromHash(hash)).toBe(view);
  });

  it('round-trips every view through its hash', () => {
    for (const view of ['analyze', 'graph', 'train', 'models'] as const) expect(viewFromHash(hashForView(view))).toBe(view);
  });
});
