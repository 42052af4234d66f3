import { describe, expect, it } from 'vitest';
import { datasetVerdict } from './datasetVerdict';

const stats = (labels: string[]) => ({
  sentences: 0, tokens: 0, vocabulary: 0, entities: 0, lengthHistogram: [], maxLength: 0, meanLength: 0, posTags: null,
  labels: Object.fromEntries(labels.map((label) => [label, { entities: 1, tokens: 1 }])),
});

describe('datasetVerdict', () => {
  it('accepts a clean file with several labels without asking', () => {
    expect(datasetVerdict({ sentences: 5, validSentences: 5, errorCount: 0, stats: stats(['lang', 'per']) })).toEqual({ kind: 'ok', note: null });
  });

  it('asks before dropping the bad sentences', () => {
    expect(datasetVerdict({ sentences: 60, validSentences: 19, errorCount: 41, stats: stats(['lang', 'per']) })).toEqual({
      kind: 'needs-decision',
      badSentences: 41,
      note: null,
    });
  });

  it('refuses a file with nothing readable, or nothing to learn', () => {
    expect(datasetVerdict({ sentences: 0, validSentences: 0, errorCount: 4, stats: stats([]) }).kind).toBe('unusable');
    expect(datasetVerdict({ sentences: 3, validSentences: 0, errorCount: 3, stats: stats([]) })).toEqual({
      kind: 'unusable',
      reason: 'All 3 sentences have problems: fix them, or choose another file.',
    });
    expect(datasetVerdict({ sentences: 2, validSentences: 2, errorCount: 0, stats: stats([]) }).kind).toBe('unusable');
  });

  it('says what a single label means', () => {
    const verdict = datasetVerdict({ sentences: 20, validSentences: 20, errorCount: 0, stats: stats(['lang']) });
    expect(verdict.kind).toBe('ok');
    expect(verdict.kind === 'ok' && verdict.note).toMatch(/^Only one label \(lang\)/);
  });
});
