import { describe, expect, it } from 'vitest';
import { readShareHash, shareHash } from '../share';
import { addSpan, removeSpan, setReviewed } from './corrections';
import { documentFromShared, sharedAnnotationsOf } from './sharedDocument';
import { TEST_TEXT, testDocument } from './testDocument';

const NOW = '2026-01-02T00:00:00.000Z';

describe('a corrected document in a share link', () => {
  it('travels through the link format and comes back with the same spans and reviewed sentences', () => {
    const corrected = setReviewed(removeSpan(addSpan(testDocument(), { sentence: 1, start: 2, end: 4 }, 'CEO', NOW), 0, 2, NOW), 1, true, NOW);
    const annotations = sharedAnnotationsOf(corrected);
    expect(annotations).toEqual({
      spans: [{ start: 0, end: 13, label: 'org' }, { start: 22, end: 31, label: 'org' }, { start: 51, end: 59, label: 'CEO' }, { start: 63, end: 69, label: 'per' }],
      reviewed: [1],
    });
    const read = readShareHash(shareHash({ text: TEST_TEXT, model: { kind: 'default' }, hiddenLabels: [], view: 'analyze', graph: { minWeight: 1, maxNodes: 150, focusedId: null }, annotations }));
    if (read.kind !== 'ok') throw new Error(`the link did not read back: ${read.kind}`);
    const restored = read;
    const { document, skipped } = documentFromShared(restored.state.text, restored.state.annotations!, 'default', NOW);
    expect(skipped).toBe(0);
    expect(document.sentences.map((s) => s.spans)).toEqual(corrected.sentences.map((s) => s.spans));
    expect(document.sentences.map((s) => s.reviewed)).toEqual([false, true]);
    expect(document.sentences[0].known).toEqual([true, true, false, true, true, false, false, false]);
    expect(document.id).toBe(corrected.id);
  });

  it('leaves out a span that does not fall on token boundaries, counting it', () => {
    const { document, skipped } = documentFromShared(TEST_TEXT, { spans: [{ start: 2, end: 13, label: 'per' }], reviewed: [] }, 'default', NOW);
    expect(skipped).toBe(1);
    expect(document.sentences.every((s) => s.spans.length === 0)).toBe(true);
  });
});
