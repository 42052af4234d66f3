import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyTagSequence } from '../tags/tagArbitraries.testing';
import { tagsToSpans } from '../tags';
import { createEntityScorer, scoreEntities } from './entityScorer';

const corpusPair = fc
  .array(fc.tuple(anyTagSequence, anyTagSequence), { maxLength: 6 })
  .map((pairs) => {
    const gold = pairs.map(([tags]) => tags);
    const predicted = pairs.map(([tags, other]) => tags.map((tag, i) => (i % 3 === 0 ? (other[i] ?? 'O') : tag)));
    return [gold, predicted] as const;
  });

describe('scoreEntities (properties)', () => {
  it('accounts for every gold and predicted entity exactly once in the confusion table', () => {
    fc.assert(
      fc.property(corpusPair, ([gold, predicted]) => {
        const { perType, confusion } = scoreEntities(gold, predicted);
        for (const [label, type] of Object.entries(perType)) {
          const row = confusion.matched[label] ?? {};
          const rowSum = Object.values(row).reduce((a, b) => a + b, 0);
          const columnSum = Object.values(confusion.matched).reduce((sum, r) => sum + (r[label] ?? 0), 0);
          expect(rowSum + (confusion.unmatchedGold[label] ?? 0)).toBe(type.gold);
          expect(columnSum + (confusion.unmatchedPredicted[label] ?? 0)).toBe(type.predicted);
          expect(row[label] ?? 0).toBe(type.correct);
        }
      }),
    );
  });

  it('counts exactly the spans tagsToSpans reads, and scores a corpus against itself perfectly', () => {
    fc.assert(
      fc.property(corpusPair, ([gold]) => {
        const scores = scoreEntities(gold, gold);
        const spans = gold.reduce((n, tags) => n + tagsToSpans(tags).length, 0);
        expect(scores.counts).toEqual({ tokens: gold.flat().length, correctTokens: gold.flat().length, gold: spans, predicted: spans, correct: spans });
        expect(scores.f1).toBe(spans > 0 ? 1 : 0);
      }),
    );
  });

  it('gives the same result streamed sentence by sentence as all at once', () => {
    fc.assert(
      fc.property(corpusPair, ([gold, predicted]) => {
        const scorer = createEntityScorer();
        gold.forEach((tags, i) => scorer.add(tags, predicted[i]));
        expect(scorer.result()).toEqual(scoreEntities(gold, predicted));
      }),
    );
  });
});
