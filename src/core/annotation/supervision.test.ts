import { describe, expect, it } from 'vitest';
import { addSpan, removeSpan, setReviewed } from './corrections';
import { nextToReview } from './reviewQueue';
import { annotationTrainingSet, unknownTokensAnyTag } from './supervision';
import { testDocument } from './testDocument';

const NOW = '2026-01-02T00:00:00.000Z';

describe('annotationTrainingSet', () => {
  it('takes reviewed sentences whole and corrected ones as partial labels, untouched ones as rehearsal text', () => {
    const document = removeSpan(setReviewed(addSpan(testDocument(), { sentence: 0, start: 0, end: 2 }, 'per', NOW), 0, true, NOW), 1, 0, NOW);
    const set = annotationTrainingSet([document]);
    expect(set.counts).toEqual({ reviewed: 1, partial: 1, heldOut: 0 });
    expect(set.train[0]).toEqual({ tokens: ['Angela', 'Merkel', 'visited', 'Acme', 'Corp', 'in', 'Paris', '.'], tags: ['B-per', 'I-per', 'O', 'B-org', 'I-org', 'O', 'B-geo', 'O'] });
    expect(set.train[1]).toEqual({
      tokens: ['She', 'met', 'Tim', 'Cook', 'on', 'Monday', '.'],
      tags: ['O', 'O', 'O', 'O', 'O', 'O', 'O'],
      unlabelled: [true, true, true, true, true, false, true],
    });
    expect(annotationTrainingSet([testDocument()]).untouched).toHaveLength(2);
  });
  it('holds out the same seeded share of reviewed sentences every time', () => {
    let document = testDocument();
    const many = Array.from({ length: 10 }, (_, i) => ({ ...document, id: `d${i}` }));
    many.forEach((d, i) => (many[i] = setReviewed(setReviewed(d, 0, true, NOW), 1, true, NOW)));
    document = many[0];
    const a = annotationTrainingSet(many, { seed: 3 });
    expect(a.counts).toEqual({ reviewed: 16, partial: 0, heldOut: 4 });
    expect(annotationTrainingSet(many, { seed: 3 })).toEqual(a);
    expect(unknownTokensAnyTag(document.sentences[0]).unlabelled).toEqual(new Array(8).fill(true));
  });
});

describe('nextToReview', () => {
  it('picks the least confident unreviewed sentence, then the next once it is accepted', () => {
    const document = testDocument();
    expect(nextToReview([document])).toEqual({ documentId: document.id, sentence: 1, confidence: 0.3 });
    const accepted = setReviewed(document, 1, true, NOW);
    expect(nextToReview([accepted])).toEqual({ documentId: document.id, sentence: 0, confidence: 0.6 });
    expect(nextToReview([setReviewed(accepted, 0, true, NOW)])).toBeNull();
  });
});
