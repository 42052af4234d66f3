import { describe, expect, it } from 'vitest';
import { SHARE_VIEWS, shareHash } from '../core/share';
import { VIEWS, viewFromHash } from './views';

describe('share links and routes', () => {
  it('hash routes to its view', () => {
    // Every view but the library, which stays in this browser (a link carries one text).
    expect([...SHARE_VIEWS]).toEqual(VIEWS.map((view) => view.id).filter((id) => id !== 'library'));
    for (const view of SHARE_VIEWS) {
      const hash = shareHash({ text: 'Oslo.', model: { kind: 'default' }, hiddenLabels: [], view, graph: { minWeight: 1, maxNodes: 150, focusedId: null } });
      expect(viewFromHash(hash)).toBe(view);
    }
  });
});
