import { describe, expect, it } from 'vitest';
import { errorReport } from './errorReport';

describe('errorReport', () => {
  const gold = [
    { tokens: ['Sundar', 'Pichai', 'runs', 'Google', '.'], tags: ['B-per', 'I-per', 'O', 'B-org', 'O'] },
    { tokens: ['Final', 'Thoughts'], tags: ['O', 'O'] },
    { tokens: ['Final', 'Thoughts', 'again'], tags: ['O', 'O', 'O'] },
  ];
  const predicted = [
    ['B-org', 'I-org', 'O', 'B-org', 'O'],
    ['B-org', 'I-org'],
    ['B-org', 'I-org', 'O'],
  ];
  const report = errorReport(gold, predicted, { top: 2 });

  it('counts false highlights per 1,000 words, punctuation not a word', () => {
    expect(report.words).toBe(9);
    expect(report.falseHighlights.total).toBe(3);
    expect(report.falseHighlights.perThousandWords).toBeCloseTo(3000 / 9, 10);
    expect(report.falseHighlights.byKind).toEqual({ type: 1, boundary: 0, 'boundary+type': 0, spurious: 2 });
    expect(report.falseHighlights.byLabel).toEqual({ org: 3 });
  });

  it('agrees with the conlleval-exact scores: false highlights are predicted minus correct', () => {
    expect(report.scores.counts.predicted - report.scores.counts.correct).toBe(report.falseHighlights.total);
    expect(report.scores.perType.org.correct).toBe(1);
  });

  it('lists the most frequent false highlights by surface form, most first', () => {
    expect(report.mostFrequent).toEqual([
      { text: 'Final Thoughts', label: 'org', kind: 'spurious', gold: 'O', count: 2 },
      { text: 'Sundar Pichai', label: 'org', kind: 'type', gold: 'per', count: 1 },
    ]);
  });

  it('counts a gold entity as missed only when nothing overlaps it', () => {
    expect(report.missed).toEqual({});
    expect(errorReport(gold, gold.map((s) => s.tags.map(() => 'O'))).missed).toEqual({ org: 1, per: 1 });
  });
});
