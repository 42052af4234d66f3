import { describe, expect, it } from 'vitest';
import { DEFAULT_LABEL_WEIGHTS, labelWeight } from './labelWeights';
import { suggestTags } from './suggestTags';
import type { Entity } from './types';

function entity(text: string, label: string, count: number, firstStart: number): Entity {
  return { key: `${label} ${text.toLowerCase()}`, label, text, count, firstStart, mentions: [] };
}

describe('suggestTags', () => {
  it('scores frequency times label weight', () => {
    const tags = suggestTags([
      entity('Monday', 'tim', 5, 0),
      entity('France', 'geo', 3, 10),
      entity('Macron', 'per', 2, 20),
      entity('EU', 'org', 1, 30),
    ]);
    expect(tags).toEqual([
      { text: 'France', label: 'geo', score: 2.4, key: 'geo france' },
      { text: 'Macron', label: 'per', score: 2.4, key: 'per macron' },
      { text: 'Monday', label: 'tim', score: 1.5, key: 'tim monday' },
      { text: 'EU', label: 'org', score: 1.2, key: 'org eu' },
    ]);
  });

  it('breaks score ties by first position', () => {
    const tags = suggestTags([entity('B', 'org', 2, 50), entity('A', 'per', 2, 5)]);
    expect(tags.map((t) => t.text)).toEqual(['A', 'B']);
    // 3 × 0.8 and 2 × 1.2 differ in floating point; they still tie.
    const rounded = suggestTags([entity('France', 'geo', 3, 50), entity('Macron', 'per', 2, 5)]);
    expect(rounded.map((t) => t.text)).toEqual(['Macron', 'France']);
  });

  it('returns at most limit tags default five', () => {
    const many = ['A', 'B', 'C', 'D', 'E', 'F', 'G'].map((text, i) => entity(text, 'org', 10 - i, i));
    expect(suggestTags(many).map((t) => t.text)).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(suggestTags(many, { limit: 2 }).map((t) => t.text)).toEqual(['A', 'B']);
    expect(suggestTags(many, { limit: 0 })).toEqual([]);
  });

  it('deduplicates text case-insensitively keeping the best', () => {
    const tags = suggestTags([entity('apple', 'nat', 2, 0), entity('Apple', 'org', 3, 9), entity('Pear', 'nat', 1, 4)]);
    expect(tags.map((t) => [t.text, t.label])).toEqual([
      ['Apple', 'org'],
      ['Pear', 'nat'],
    ]);
  });

  it('takes label weights over the defaults and skips zero', () => {
    const entities = [entity('Monday', 'tim', 5, 0), entity('War', 'TOPIC', 1, 3), entity('Paris', 'geo', 1, 6)];
    const tags = suggestTags(entities, { labelWeights: { TIM: 1, geo: 0 } });
    expect(tags.map((t) => [t.text, t.score])).toEqual([
      ['Monday', 5],
      ['War', 1.5],
    ]);
  });
});

describe('labelWeight', () => {
  it('reads defaults case-insensitively and weighs unknown labels 1', () => {
    expect(labelWeight('PER')).toBe(DEFAULT_LABEL_WEIGHTS.per);
    expect(labelWeight('gpe')).toBe(0.8);
    expect(labelWeight('MISC')).toBe(1);
    expect(labelWeight('per', { Per: 2 })).toBe(2);
  });
});
