import { describe, expect, it } from 'vitest';
import { labelCounts, reviewedCount, spanChars, textId } from './annotatedDocument';
import { addSpan, relabelSpan, removeSpan, setReviewed, snapToTokens, spanAt } from './corrections';
import { TEST_TEXT, testDocument } from './testDocument';

const NOW = '2026-01-02T00:00:00.000Z';

describe('documentFromAnalysis', () => {
  it('turns tags into spans, lowest token confidence per sentence, nothing known or reviewed', () => {
    const document = testDocument();
    expect(document.id).toBe(textId(TEST_TEXT));
    expect(document.sentences.map((s) => s.spans)).toEqual([
      [{ start: 0, end: 2, label: 'org' }, { start: 3, end: 5, label: 'org' }, { start: 6, end: 7, label: 'geo' }],
      [{ start: 5, end: 6, label: 'per' }],
    ]);
    expect(document.sentences.map((s) => s.confidence)).toEqual([0.6, 0.3]);
    expect(document.sentences.every((s) => !s.reviewed && s.known.every((k) => !k))).toBe(true);
    expect(labelCounts(document)).toEqual({ org: 2, geo: 1, per: 1 });
  });
});

describe('snapToTokens', () => {
  const document = testDocument();
  it('snaps a selection inside words outwards to whole tokens', () => {
    // "gela Merk" → Angela Merkel
    expect(snapToTokens(document, 2, 11)).toEqual({ sentence: 0, start: 0, end: 2 });
    expect(snapToTokens(document, 11, 2)).toEqual({ sentence: 0, start: 0, end: 2 });
  });
  it('takes the token under a caret, and nothing for white space alone', () => {
    const paris = TEST_TEXT.indexOf('Paris');
    expect(snapToTokens(document, paris + 1, paris + 1)).toEqual({ sentence: 0, start: 6, end: 7 });
    expect(snapToTokens(document, 6, 7)).toBeNull();
  });
  it('cuts a selection across two sentences at the end of the first', () => {
    expect(snapToTokens(document, TEST_TEXT.indexOf('Paris'), TEST_TEXT.indexOf('Tim'))).toEqual({ sentence: 0, start: 6, end: 8 });
  });
});

describe('edits', () => {
  it('adds a span over overlapping ones, marking its tokens and the removed spans known', () => {
    const document = addSpan(testDocument(), { sentence: 0, start: 1, end: 4 }, 'per', NOW);
    const sentence = document.sentences[0];
    expect(sentence.spans).toEqual([{ start: 1, end: 4, label: 'per' }, { start: 6, end: 7, label: 'geo' }]);
    expect(sentence.known).toEqual([true, true, true, true, true, false, false, false]);
    expect(document.updatedAt).toBe(NOW);
    expect(spanChars(sentence, sentence.spans[0])).toEqual({ start: 7, end: 26 });
  });
  it('relabels a span in place and removes one, leaving the other sentence untouched', () => {
    const original = testDocument();
    const relabelled = relabelSpan(original, 0, 0, 'per', NOW);
    expect(relabelled.sentences[0].spans[0]).toEqual({ start: 0, end: 2, label: 'per' });
    const removed = removeSpan(relabelled, 1, 0, NOW);
    expect(removed.sentences[1].spans).toEqual([]);
    expect(removed.sentences[1].known).toEqual([false, false, false, false, false, true, false]);
    expect(removed.sentences[0]).toBe(relabelled.sentences[0]);
    expect(original.sentences[0].spans[0].label).toBe('org');
  });
  it('finds the span under a token', () => {
    const sentence = testDocument().sentences[0];
    expect([0, 2, 4, 6].map((t) => spanAt(sentence, t))).toEqual([0, -1, 1, 2]);
  });
  it('counts reviewed sentences, and accepting twice is no change', () => {
    const once = setReviewed(testDocument(), 1, true, NOW);
    expect(reviewedCount(once)).toBe(1);
    expect(setReviewed(once, 1, true, NOW)).toBe(once);
  });
  it('refuses a label with spaces and a range outside the sentence, saying why', () => {
    expect(() => addSpan(testDocument(), { sentence: 0, start: 0, end: 1 }, 'two words', NOW)).toThrow(/one word/);
    expect(() => addSpan(testDocument(), { sentence: 1, start: 3, end: 9 }, 'per', NOW)).toThrow(/not a range of sentence 2 \(7 tokens\)/);
    expect(() => removeSpan(testDocument(), 1, 4, NOW)).toThrow(/no span 5 in sentence 2/);
  });
});

describe('newLabelProblem', () => {
  it('accepts a new one-word label with a #rrggbb colour and says what is wrong otherwise', async () => {
    const { newLabelProblem, restoreCustomLabel } = await import('./customLabels');
    expect(newLabelProblem({ label: 'product', color: '#a8d8ff' }, ['per', 'org'])).toBeNull();
    expect(newLabelProblem({ label: 'PER', color: '#a8d8ff' }, ['per'])).toBe('There is already a label "PER".');
    expect(newLabelProblem({ label: 'two words', color: '#a8d8ff' }, [])).toMatch(/one word/);
    expect(newLabelProblem({ label: 'product', color: 'blue' }, [])).toMatch(/#rrggbb/);
    expect(restoreCustomLabel({ label: 'product', color: '#A8D8FF' })).toEqual({ label: 'product', color: '#A8D8FF' });
    expect(restoreCustomLabel({ label: '<b>', color: '#a8d8ff' })).toBeNull();
  });
});

describe('offeredLabels', () => {
  it('lists the model’s labels, then custom ones, then others found in the document, once each', async () => {
    const { offeredLabels } = await import('./customLabels');
    expect(offeredLabels(['geo', 'per'], [{ label: 'product', color: '#a8d8ff' }], ['per', 'CEO', 'product'])).toEqual(['geo', 'per', 'product', 'CEO']);
  });
});
