import { describe, expect, it } from 'vitest';
import type { Entity } from '../../core/analysis';
import { entityRows } from './entityRows';

const entity = (text: string, label: string, count: number, firstStart: number): Entity => ({ key: `${label} ${text.toLowerCase()}`, label, text, count, firstStart, mentions: [] });
const entities = [entity('Google', 'org', 3, 10), entity('London', 'geo', 3, 0), entity('Tuesday', 'tim', 1, 40), entity('Alphabet', 'org', 1, 60)];

describe('entityRows', () => {
  it('sorts by count, ties in document order', () => {
    expect(entityRows(entities, '', { key: 'count', descending: true }).map((e) => e.text)).toEqual(['London', 'Google', 'Tuesday', 'Alphabet']);
  });

  it('sorts by text case-insensitively, and by label name', () => {
    expect(entityRows(entities, '', { key: 'text', descending: false }).map((e) => e.text)).toEqual(['Alphabet', 'Google', 'London', 'Tuesday']);
    expect(entityRows(entities, '', { key: 'label', descending: false }).map((e) => e.label)).toEqual(['tim', 'geo', 'org', 'org']);
  });

  it('filters by text, by label and by the readable label name', () => {
    expect(entityRows(entities, 'goo', { key: 'count', descending: true }).map((e) => e.text)).toEqual(['Google']);
    expect(entityRows(entities, 'ORG', { key: 'firstStart', descending: false }).map((e) => e.text)).toEqual(['Google', 'Alphabet']);
    expect(entityRows(entities, 'time', { key: 'count', descending: true }).map((e) => e.text)).toEqual(['Tuesday']);
  });

  it('keeps entities already in the default order as they are', () => {
    const ordered = [entities[1], entities[0], entities[2], entities[3]];
    expect(entityRows(ordered, '', { key: 'count', descending: true })).toEqual(ordered);
  });
});
