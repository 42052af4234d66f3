import { describe, expect, it } from 'vitest';
import { keepAbsentLabels } from './keepAbsentLabels';

describe('keepAbsentLabels', () => {
  const upload = new Set(['geo', 'org', 'per']);

  it('test_keepAbsentLabels_writes_the_base_models_absent_labels_where_the_upload_says_O', () => {
    // "Google released TensorFlow in Mountain View": the upload knows org and geo, not TOPIC.
    const gold = ['B-org', 'O', 'O', 'O', 'B-geo', 'I-geo'];
    const predicted = ['B-org', 'O', 'B-TOPIC', 'O', 'B-geo', 'I-geo'];
    expect(keepAbsentLabels(gold, predicted, upload)).toEqual({ tags: ['B-org', 'O', 'B-TOPIC', 'O', 'B-geo', 'I-geo'], kept: 1 });
  });

  it('test_keepAbsentLabels_never_overrides_the_uploads_entities_nor_adds_its_labels', () => {
    const gold = ['B-org', 'I-org', 'O', 'O'];
    // TOPIC over an upload entity is dropped; a predicted per the upload did not mark stays O (the upload knows per).
    const predicted = ['B-TOPIC', 'I-TOPIC', 'B-per', 'O'];
    expect(keepAbsentLabels(gold, predicted, upload)).toEqual({ tags: ['B-org', 'I-org', 'O', 'O'], kept: 0 });
    // A span half over an upload entity is dropped whole.
    expect(keepAbsentLabels(['O', 'B-org'], ['B-TOPIC', 'I-TOPIC'], upload).kept).toBe(0);
    expect(keepAbsentLabels(['O', 'O', 'O'], ['B-TOPIC', 'I-TOPIC', 'B-TOPIC'], upload).tags).toEqual(['B-TOPIC', 'I-TOPIC', 'B-TOPIC']);
  });

  it('test_keepAbsentLabels_refuses_mismatched_lengths', () => {
    expect(() => keepAbsentLabels(['O'], ['O', 'O'], upload)).toThrow('1 gold tags for 2 predicted tags');
  });
});
