/** fast-check generators of tag sequences, shared by the tag and eval property tests. */
import fc from 'fast-check';

/** A few labels, one with a hyphen (conlleval splits a tag at its first hyphen only). */
export const TEST_LABELS = ['per', 'org', 'geo-nam'] as const;

const label = fc.constantFrom(...TEST_LABELS);

/** Any tag of any scheme, in any order: O, B-x, I-x, E-x, S-x. */
export const anyTag = fc.oneof(
  fc.constant('O'),
  fc.tuple(fc.constantFrom('B', 'I', 'E', 'S'), label).map(([prefix, name]) => `${prefix}-${name}`),
);

/** A sentence of arbitrary, mostly invalid tags. */
export const anyTagSequence = fc.array(anyTag, { maxLength: 25 });

/** A sentence of O, B-x and I-x tags in any order (what the 2004 Perl conlleval understands). */
export const anyIobTagSequence = fc.array(
  fc.oneof(
    fc.constant('O'),
    fc.tuple(fc.constantFrom('B', 'I'), label).map(([prefix, name]) => `${prefix}-${name}`),
  ),
  { maxLength: 25 },
);

/**
 * Valid IOB2 sentences over `labels`, built directly from entities (gaps of O, then B-x I-x…) so
 * that tests of the converters do not generate their inputs with the code under test. Gaps of 0
 * put entities of the same type side by side.
 */
export function validIob2Tags(labels: readonly string[], sizes = { entities: 8, entityLength: 4, gap: 3 }): fc.Arbitrary<string[]> {
  return fc
    .array(fc.record({ gap: fc.nat({ max: sizes.gap }), length: fc.integer({ min: 1, max: sizes.entityLength }), label: fc.constantFrom(...labels) }), {
      maxLength: sizes.entities,
    })
    .chain((entities) =>
      fc.nat({ max: sizes.gap }).map((trailing) => {
        const tags: string[] = [];
        for (const entity of entities) {
          for (let i = 0; i < entity.gap; i++) tags.push('O');
          tags.push(`B-${entity.label}`);
          for (let i = 1; i < entity.length; i++) tags.push(`I-${entity.label}`);
        }
        for (let i = 0; i < trailing; i++) tags.push('O');
        return tags;
      }),
    );
}

export const validIob2Sequence = validIob2Tags(TEST_LABELS);
