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
    const tags = suggestTags([entity('Bo', 'org', 2, 50), entity('Al', 'per', 2, 5)]);
    expect(tags.map((t) => t.text)).toEqual(['Al', 'Bo']);
    // 3 × 0.8 and 2 × 1.2 differ in floating point; they still tie.
    const rounded = suggestTags([entity('France', 'geo', 3, 50), entity('Macron', 'per', 2, 5)]);
    expect(rounded.map((t) => t.text)).toEqual(['Macron', 'France']);
  });

  it('returns at most limit tags default five', () => {
    const many = ['Aa', 'Bb', 'Cc', 'Dd', 'Ee', 'Ff', 'Gg'].map((text, i) => entity(text, 'org', 10 - i, i));
    expect(suggestTags(many).map((t) => t.text)).toEqual(['Aa', 'Bb', 'Cc', 'Dd', 'Ee']);
    expect(suggestTags(many, { limit: 2 }).map((t) => t.text)).toEqual(['Aa', 'Bb']);
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

describe('suggestTags, one tag per concept (issue 24)', () => {
  const mention = (start: number) => ({ start, end: start + 1, label: 'TOPIC', text: 'x', sentence: 0, confidence: 1 });
  const withMentions = (e: Entity, starts: number[]): Entity => ({ ...e, mentions: starts.map(mention) });

  it('test_suggestTags_merges_an_abbreviation_with_the_expansion_the_text_defines', () => {
    const text = 'Machine learning (ML) is everywhere. We use ML daily, and machine learning models.';
    const tags = suggestTags([entity('machine learning', 'TOPIC', 2, 0), entity('ML', 'TOPIC', 2, 18), entity('Ada', 'per', 1, 70)], { text });
    expect(tags.map((t) => [t.text, t.score])).toEqual([
      ['machine learning', 6],
      ['Ada', 1.2],
    ]);
    expect(suggestTags([entity('NLP', 'TOPIC', 1, 0), entity('natural language processing', 'TOPIC', 1, 5)], { text: 'NLP (natural language processing) matters.' })).toHaveLength(1);
  });

  it('test_suggestTags_adds_up_a_concept_split_across_labels_cases_and_plurals', () => {
    const tags = suggestTags([entity('PyTorch', 'TOPIC', 3, 0), entity('Pytorch', 'org', 2, 9), entity('Transformers', 'TOPIC', 1, 20), entity('transformer', 'TOPIC', 2, 30), entity('Paris', 'geo', 5, 40)]);
    expect(tags.map((t) => [t.text, t.score])).toEqual([
      ['PyTorch', 6.9],
      ['transformer', 4.5],
      ['Paris', 4],
    ]);
  });

  it('test_suggestTags_drops_generic_words_and_junk_and_weighs_the_title', () => {
    const text = 'Serving PyTorch models\n\nWe call the API and read data. Docker runs it. Docker again.';
    const paragraphs = [{ start: 0, end: 22 }, { start: 24, end: text.length }];
    const tags = suggestTags(
      [withMentions(entity('API', 'TOPIC', 3, 36), [36]), withMentions(entity('data', 'TOPIC', 3, 49), [49]), withMentions(entity('Docker', 'TOPIC', 2, 55), [55, 72]), withMentions(entity('PyTorch', 'TOPIC', 1, 8), [8]), entity('%', 'org', 4, 0)],
      { text, paragraphs },
    );
    expect(tags.map((t) => [t.text, t.score])).toEqual([
      ['Docker', 3],
      ['PyTorch', 2.25],
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
