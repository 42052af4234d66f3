import { describe, expect, it } from 'vitest';
import { createEntityScorer, scoreEntities } from './entityScorer';
import { formatReport } from './formatReport';
import { THREE_SENTENCES } from './threeSentences.testing';

describe('formatReport', () => {
  it('prints the three-sentence example exactly as conlleval does', () => {
    const { gold, predicted } = THREE_SENTENCES;
    expect(formatReport(scoreEntities(gold, predicted))).toBe(
      'processed 15 tokens with 5 phrases; found: 6 phrases; correct: 2.\n' +
        'accuracy:  73.33%; precision:  33.33%; recall:  40.00%; FB1:  36.36\n' +
        '              geo: precision:   0.00%; recall:   0.00%; FB1:   0.00  1\n' +
        '              org: precision:  50.00%; recall: 100.00%; FB1:  66.67  2\n' +
        '              per: precision:  50.00%; recall: 100.00%; FB1:  66.67  2\n' +
        '              tim: precision:   0.00%; recall:   0.00%; FB1:   0.00  1\n',
    );
  });

  it('prints a perfect lenient match', () => {
    expect(formatReport(scoreEntities([['B-ORG', 'I-ORG']], [['I-ORG', 'I-ORG']]))).toBe(
      'processed 2 tokens with 1 phrases; found: 1 phrases; correct: 1.\n' +
        'accuracy:  50.00%; precision: 100.00%; recall: 100.00%; FB1: 100.00\n' +
        '              ORG: precision: 100.00%; recall: 100.00%; FB1: 100.00  1\n',
    );
  });

  it('prints only the first line when there are no tokens, as conlleval does', () => {
    expect(formatReport(scoreEntities([], []))).toBe('processed 0 tokens with 0 phrases; found: 0 phrases; correct: 0.\n');
  });

  it('prints zeros when there are tokens but no entities', () => {
    expect(formatReport(scoreEntities([['O']], [['O']]))).toBe(
      'processed 1 tokens with 0 phrases; found: 0 phrases; correct: 0.\n' +
        'accuracy: 100.00%; precision:   0.00%; recall:   0.00%; FB1:   0.00\n',
    );
  });

  it('rounds a tie the way conlleval (glibc printf) does: 97 of 800 is 12.12%', () => {
    const scorer = createEntityScorer();
    for (let i = 0; i < 800; i++) scorer.add([i < 97 ? 'B-per' : 'O', 'O'], ['B-per', 'O']);
    expect(formatReport(scorer.result())).toBe(
      'processed 1600 tokens with 97 phrases; found: 800 phrases; correct: 97.\n' +
        'accuracy:  56.06%; precision:  12.12%; recall: 100.00%; FB1:  21.63\n' +
        '              per: precision:  12.12%; recall: 100.00%; FB1:  21.63  800\n',
    );
  });

  it('right-aligns type names in 17 columns and lets longer ones overflow', () => {
    const report = formatReport(scoreEntities([['B-a-very-long-type-name']], [['O']]));
    expect(report.split('\n')[2]).toBe('a-very-long-type-name: precision:   0.00%; recall:   0.00%; FB1:   0.00  0');
  });
});
