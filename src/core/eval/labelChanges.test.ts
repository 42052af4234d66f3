import { describe, expect, it } from 'vitest';
import { scoreEntities } from './entityScorer';
import { labelChanges } from './labelChanges';
import { TOPIC_CHECK_LABEL, topicCheckSentences } from './topicCheck';

describe('labelChanges', () => {
  const gold = [['B-org', 'O', 'B-TOPIC', 'O', 'B-geo']];
  const before = scoreEntities(gold, [['B-org', 'O', 'B-TOPIC', 'O', 'O']]);
  const after = scoreEntities(gold, [['B-org', 'O', 'B-geo', 'O', 'B-geo']]);

  it('test_labelChanges_flags_a_label_that_got_worse_on_data_that_has_it', () => {
    expect(labelChanges([{ data: 'the check', labels: ['TOPIC', 'geo', 'org', 'per'], before, after }])).toEqual([
      { label: 'geo', data: 'the check', support: 1, before: 0, after: expect.closeTo(2 / 3, 6), worse: false },
      { label: 'org', data: 'the check', support: 1, before: 1, after: 1, worse: false },
      { label: 'TOPIC', data: 'the check', support: 1, before: 1, after: 0, worse: true },
    ]);
  });

  it('test_labelChanges_has_no_before_for_a_label_new_to_the_model', () => {
    const rows = labelChanges([{ data: 'dev', labels: ['geo'], before, after, newLabels: new Set(['geo']) }]);
    expect(rows).toEqual([{ label: 'geo', data: 'dev', support: 1, before: null, after: expect.closeTo(2 / 3, 6), worse: false }]);
  });
});

describe('topicCheckSentences', () => {
  it('test_topicCheck_tokenizes_every_sentence_and_aligns_every_mark', () => {
    const sentences = topicCheckSentences();
    expect(sentences).toHaveLength(14);
    const first = sentences[0];
    expect(first.tokens.slice(0, 6)).toEqual(['We', 'trained', 'a', 'random', 'forest', 'and']);
    expect(first.tags?.slice(0, 6)).toEqual(['O', 'O', 'O', `B-${TOPIC_CHECK_LABEL}`, `I-${TOPIC_CHECK_LABEL}`, 'O']);
    const mentions = sentences.flatMap((s) => s.tags ?? []).filter((tag) => tag.startsWith('B-')).length;
    expect(mentions).toBe(29);
  });
});
