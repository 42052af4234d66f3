import { describe, expect, it } from 'vitest';
import { makeDocument } from './analyzedDocument.testing';
import { documentEntities } from './documentEntities';
import { documentMentions } from './documentMentions';
import type { Mention } from './types';

function mention(start: number, text: string, label = 'org', sentence = 0): Mention {
  return { start, end: start + text.length, label, text, sentence, confidence: 1 };
}

describe('documentEntities', () => {
  it('test_documentEntities_groups_mentions_by_normalised_text_and_label', () => {
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

  it('test_documentEntities_displays_the_most_frequent_surface_form', () => {
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

  it('test_documentEntities_breaks_display_ties_by_first_seen', () => {
    const [entity] = documentEntities([mention(0, 'The Hague', 'geo'), mention(20, 'Hague', 'geo')]);
    expect(entity.text).toBe('The Hague');
  });

  it('test_documentEntities_sorts_by_count_then_first_position', () => {
    const entities = documentEntities([
      mention(0, 'A'),
      mention(5, 'B'),
      mention(10, 'C'),
      mention(15, 'B'),
      mention(20, 'C'),
    ]);
    expect(entities.map((e) => e.text)).toEqual(['B', 'C', 'A']);
  });

  it('test_documentEntities_uses_the_earliest_start_even_if_mentions_come_unsorted', () => {
    const [entity] = documentEntities([mention(30, 'Apple'), mention(4, 'Apple')]);
    expect(entity.firstStart).toBe(4);
  });

  it('test_documentEntities_of_no_mentions_is_empty', () => {
    expect(documentEntities([])).toEqual([]);
  });
});
