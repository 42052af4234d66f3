import { describe, expect, it } from 'vitest';
import { ONE_ENDLESS_SENTENCE, TEN_THOUSAND_LABELS } from '../../tests/fixtures/hostile/hostileDatasets';
import { stageDataset } from './stagedDataset';

const upload = (text: string, name: string) => Object.assign(new Blob([text]), { name });

describe('stageDataset', () => {
  it('stage dataset refuses more labels than training takes with what to do', async () => {
    await expect(stageDataset(upload(TEN_THOUSAND_LABELS, 'labels.conll'))).rejects.toThrow(
      '"labels.conll" has 10,000 entity labels; NER Studio trains at most 100. Merge related labels (or map the rare ones to O) and upload it again.',
    );
  });

  it('stage dataset reports an overlong sentence on its line and keeps the rest', async () => {
    const staged = await stageDataset(upload(ONE_ENDLESS_SENTENCE, 'long.conll'));
    expect(staged.summary.errors).toEqual([
      { line: 5, message: 'the sentence has 5,000 tokens; at most 1,000 are trained on (a missing blank line between sentences?)' },
    ]);
    expect(staged.summary.validSentences).toBe(1);
    expect(staged.sentences.map((s) => s.tokens)).toEqual([['Ada', 'met', 'Bob']]);
  });
});
