import { describe, expect, it } from 'vitest';
import { sentenceErrors } from './spanErrors';

const span = (start: number, end: number, label: string) => ({ start, end, label });

describe('sentenceErrors', () => {
  it('finds nothing wrong when prediction equals gold', () => {
    const gold = [span(0, 2, 'per'), span(4, 5, 'org')];
    expect(sentenceErrors(gold, gold)).toEqual({ falseHighlights: [], missed: [] });
  });

  it('tells a type error, a boundary error, both, and a spurious highlight apart', () => {
    const gold = [span(0, 2, 'per'), span(3, 5, 'org'), span(6, 8, 'geo')];
    const predicted = [span(0, 2, 'org'), span(3, 4, 'org'), span(6, 7, 'per'), span(9, 10, 'TOPIC')];
    expect(sentenceErrors(gold, predicted).falseHighlights).toEqual([
      { span: span(0, 2, 'org'), kind: 'type', goldLabel: 'per' },
      { span: span(3, 4, 'org'), kind: 'boundary' },
      { span: span(6, 7, 'per'), kind: 'boundary+type', goldLabel: 'geo' },
      { span: span(9, 10, 'TOPIC'), kind: 'spurious' },
    ]);
  });

  it('counts as missed only gold entities that no prediction touches', () => {
    const gold = [span(0, 2, 'per'), span(3, 5, 'org')];
    expect(sentenceErrors(gold, [span(1, 2, 'geo')]).missed).toEqual([span(3, 5, 'org')]);
  });
});
