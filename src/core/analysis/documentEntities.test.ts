import { describe, expect, it } from 'vitest';
import { makeDocument } from './analyzedDocument.testing';
import { documentEntities } from './documentEntities';
import { documentMentions } from './documentMentions';
import type { Mention } from './types';

function mention(start: number, text: string, label = 'org', sentence = 0): Mention {
  return { start, end: start + text.length, label, text, sentence, confidence: 1 };
}

describe('documentEntities', () => {
  it('groups mentions by normalised text and label', () => {
    const doc = makeDocument([
      "Google/B-org 's chief met Washington/B-per in Washington/B-geo .",
      'google/B-org and Google/B-org gained ; DeepMind/B-org did not .',
    ]);
    const entities = documentEntities(documentMentions(doc));
    expect(entities.map((e) => [e.key, e.text, e.count, e.firstStart])).toEqual([
      ['org google', 'Google', 3, 0],
      ['per washington', 'Washington', 1, 20],
      ['geo washington', 'Washington', 1, 34],
      ['org deepmind', 'DeepMind', 1, 74],
    ]);
    expect(entities[0].mentions.map((m) => [m.start, m.text])).toEqual([
      [0, 'Google'],
      [47, 'google'],
      [58, 'Google'],
    ]);
  });

  it('displays the most frequent surface form', () => {
    const entities = documentEntities([
      mention(0, 'the UN'),
      mention(10, 'UN'),
      mention(20, "UN 's"),
      mention(30, 'The UN'),
    ]);
    expect(entities).toHaveLength(1);
    expect(entities[0].text).toBe('UN');
    expect(entities[0].count).toBe(4);
  });

  it('breaks display ties by first seen', () => {
    const [entity] = documentEntities([mention(0, 'The Hague', 'geo'), mention(20, 'Hague', 'geo')]);
    expect(entity.text).toBe('The Hague');
  });

  it('sorts by count then first position', () => {
    const entities = documentEntities([
      mention(0, 'A'),
      mention(5, 'B'),
      mention(10, 'C'),
      mention(15, 'B'),
      mention(20, 'C'),
    ]);
    expect(entities.map((e) => e.text)).toEqual(['B', 'C', 'A']);
  });

  it('uses the earliest start even if mentions come unsorted', () => {
    const [entity] = documentEntities([mention(30, 'Apple'), mention(4, 'Apple')]);
    expect(entity.firstStart).toBe(4);
  });

  it('of no mentions is empty', () => {
    expect(documentEntities([])).toEqual([]);
  });
});
