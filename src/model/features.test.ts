import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createFeaturizer, featurizeBatch, featurizeTokens, idsPerToken, tableOffsets, wordShape } from './features';
import { defaultFeatureConfig } from './spec';

describe('wordShape', () => {
  it('features shape matches spaCy', () => {
    expect(wordShape('Britain')).toBe('Xxxxx');
    expect(wordShape('1999')).toBe('dddd');
    expect(wordShape('U.S.')).toBe('X.X.');
    expect(wordShape('10,000')).toBe('dd,ddd');
    expect(wordShape('anti-war')).toBe('xxxx-xxx');
    expect(wordShape("'s")).toBe("'x");
    expect(wordShape('Élysée')).toBe('Xxxxx');
    expect(wordShape('')).toBe('');
  });
});

describe('featurize', () => {
  const config = defaultFeatureConfig;

  it('features ids are deterministic and in their tables', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme' }), { minLength: 1, maxLength: 8 }), (tokens) => {
        const ids = featurizeTokens(tokens, config);
        expect(ids.length).toBe(tokens.length * idsPerToken(config));
        expect(featurizeTokens(tokens, config)).toEqual(ids);
        const offsets = tableOffsets(config);
        ids.forEach((id, index) => {
          const attr = Math.floor((index % idsPerToken(config)) / config.seeds);
          expect(id).toBeGreaterThanOrEqual(offsets[attr]);
          expect(id).toBeLessThan(offsets[attr] + config.rows[attr]);
        });
      }),
    );
  });

  it('features norm ignores case and shape does not', () => {
    const [upper, lower] = [featurizeTokens(['London'], config), featurizeTokens(['london'], config)];
    const seeds = config.seeds;
    expect(upper.slice(0, seeds)).toEqual(lower.slice(0, seeds)); // norm
    expect(upper.slice(3 * seeds)).not.toEqual(lower.slice(3 * seeds)); // shape
  });

  it('features unseen words get ids without vocabulary', () => {
    const ids = featurizeTokens(['Zyxqwv', 'Zyxqwt'], config);
    // Same shape and prefix, different norm and suffix.
    const width = idsPerToken(config);
    expect(ids.slice(4, 8)).toEqual(ids.slice(width + 4, width + 8));
    expect(ids.slice(0, 4)).not.toEqual(ids.slice(width, width + 4));
  });

  it('features cached featurizer matches pure function', () => {
    const featurizer = createFeaturizer(config, undefined, 3);
    const batch = [['The', 'UN', 'met', 'in', 'Paris'], ['The', 'end']];
    expect(featurizer.batch(batch, 5)).toEqual(featurizeBatch(batch, 5, config));
    expect(featurizer.batch(batch, 5)).toEqual(featurizeBatch(batch, 5, config));
  });

  it('features batch pads with zero', () => {
    const batch = featurizeBatch([['a', 'b'], ['c']], 2, config);
    const width = idsPerToken(config);
    expect(batch.slice(0, 2 * width)).toEqual(featurizeTokens(['a', 'b'], config));
    expect(batch.slice(2 * width, 3 * width)).toEqual(featurizeTokens(['c'], config));
    expect([...batch.slice(3 * width)].every((id) => id === 0)).toBe(true);
  });
});
