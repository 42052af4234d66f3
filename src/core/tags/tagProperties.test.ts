import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { convertTags } from './convertTags';
import { detectScheme } from './detectScheme';
import { isValidIob2, isValidTagSequence, repairIob2 } from './repairTags';
import { TAG_SCHEMES } from './scheme';
import { spansToTags } from './spansToTags';
import { anyTagSequence, validIob2Sequence } from './tagArbitraries.testing';
import { tagsToSpans } from './tagsToSpans';

describe('tag conversions (properties)', () => {
  it('generated IOB2 is valid IOB2', () => {
    fc.assert(fc.property(validIob2Sequence, (tags) => isValidIob2(tags)));
  });

  it('round-trips valid IOB2 through IOB1, BIOES and BILOU', () => {
    fc.assert(
      fc.property(validIob2Sequence, (iob2) => {
        for (const scheme of TAG_SCHEMES) {
          const converted = convertTags(iob2, scheme);
          expect(isValidTagSequence(converted, scheme)).toBe(true);
          expect(convertTags(converted, 'IOB2')).toEqual(iob2);
        }
      }),
    );
  });

  it('spansToTags after tagsToSpans is the identity on valid IOB2', () => {
    fc.assert(
      fc.property(validIob2Sequence, (tags) => {
        expect(spansToTags(tagsToSpans(tags), tags.length)).toEqual(tags);
      }),
    );
  });

  it('reads sorted, non-overlapping, in-range spans from any tag sequence, covering exactly the non-O tokens', () => {
    fc.assert(
      fc.property(anyTagSequence, (tags) => {
        const spans = tagsToSpans(tags);
        let previousEnd = 0;
        const covered = new Array<boolean>(tags.length).fill(false);
        for (const span of spans) {
          expect(span.start).toBeGreaterThanOrEqual(previousEnd);
          expect(span.end).toBeGreaterThan(span.start);
          expect(span.end).toBeLessThanOrEqual(tags.length);
          for (let i = span.start; i < span.end; i++) {
            covered[i] = true;
            expect(tags[i].slice(2)).toBe(span.label);
          }
          previousEnd = span.end;
        }
        expect(covered).toEqual(tags.map((tag) => tag !== 'O'));
      }),
    );
  });

  it('repairs any sequence into valid IOB2 with the same spans, idempotently', () => {
    fc.assert(
      fc.property(anyTagSequence, (tags) => {
        const repaired = repairIob2(tags);
        expect(isValidIob2(repaired)).toBe(true);
        expect(repairIob2(repaired)).toEqual(repaired);
        expect(tagsToSpans(repaired)).toEqual(tagsToSpans(tags));
      }),
    );
  });

  it('detects the scheme a corpus was written in', () => {
    fc.assert(
      fc.property(fc.array(validIob2Sequence, { maxLength: 5 }), (corpus) => {
        fc.pre(corpus.some((tags) => tags.some((tag) => tag !== 'O')));
        for (const scheme of TAG_SCHEMES) {
          expect(detectScheme(corpus.map((tags) => convertTags(tags, scheme)))).toEqual({ scheme });
        }
      }),
    );
  });
});
