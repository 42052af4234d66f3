import { describe, expect, it } from 'vitest';
import { relabelTags } from './relabelTags';

describe('relabelTags', () => {
  it('renames mapped labels and drops the others, keeping entity boundaries', () => {
    const tags = ['B-per', 'I-per', 'B-geo', 'B-gpe', 'O', 'B-tim', 'I-tim'];
    expect(relabelTags(tags, { per: 'PER', geo: 'LOC', gpe: 'LOC', tim: null })).toEqual(['B-PER', 'I-PER', 'B-LOC', 'B-LOC', 'O', 'O', 'O']);
  });

  it('never reads a label from the object prototype', () => {
    expect(relabelTags(['B-constructor', 'B-__proto__'], {})).toEqual(['O', 'O']);
  });
});
