import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chunked, utf8 } from '../../../tests/fixtures/datasets/chunked';
import { readConll } from './readConll';

const fixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(resolve(__dirname, '../../../tests/fixtures/datasets', name)));

describe('readConll', () => {
  it('converts CoNLL-2003 IOB1 to IOB2 and reads POS', async () => {
    const result = await readConll(fixture('conll2003_iob1.txt'));
    expect(result.errors).toEqual([]);
    expect(result.scheme).toBe('IOB1');
    expect(result.sentences).toEqual([
      {
        tokens: ['EU', 'rejects', 'German', 'call', 'to', 'boycott', 'British', 'lamb', '.'],
        tags: ['B-ORG', 'O', 'B-MISC', 'O', 'O', 'O', 'B-MISC', 'O', 'O'],
        pos: ['NNP', 'VBZ', 'JJ', 'NN', 'TO', 'VB', 'JJ', 'NN', '.'],
      },
      { tokens: ['Peter', 'Blackburn'], tags: ['B-PER', 'I-PER'], pos: ['NNP', 'NNP'] },
      { tokens: ['In', 'Europe', 'Germany'], tags: ['O', 'B-LOC', 'B-LOC'], pos: ['IN', 'NNP', 'NNP'] },
    ]);
    expect(result.sentenceLines).toEqual([3, 13, 16]);
    expect(result.labels).toEqual(['LOC', 'MISC', 'ORG', 'PER']);
  });

  it('converts BIOES and reads two columns with tabs', async () => {
    const result = await readConll('New\tB-geo\nYork\tE-geo\nis\tO\nbig\tO\n\nParis\tS-geo\n');
    expect(result.scheme).toBe('BIOES');
    expect(result.hasPos).toBe(false);
    expect(result.sentences).toEqual([
      { tokens: ['New', 'York', 'is', 'big'], tags: ['B-geo', 'I-geo', 'O', 'O'] },
      { tokens: ['Paris'], tags: ['B-geo'] },
    ]);
  });

  it('keeps IOB2 and can ignore column 2', async () => {
    const text = 'John john B-per\nran run O\n';
    const result = await readConll(text, { posColumn: null });
    expect(result.scheme).toBe('IOB2');
    expect(result.sentences).toEqual([{ tokens: ['John', 'ran'], tags: ['B-per', 'O'] }]);
  });

  it('reports bad lines and tags with their lines', async () => {
    const text = ['a NN O', 'b NN', 'c O', 'd NN B-', '', 'e NN Y-per', 'f NN O', '', 'g NN O'].join('\r\n');
    const result = await readConll(text);
    expect(result.errors.map((e) => e.message)).toEqual([
      'line 2: expected 3 columns like line 1, found 2',
      'line 2, column 2: tag "NN" has no prefix: expected O, or B-, I-, E-, S- (L-, U-) and a label',
      'line 3: expected 3 columns like line 1, found 2',
      'line 4, column 3: tag "B-" has no label after "B-"',
      'line 6, column 3: tag "Y-per" has an unknown prefix "Y": expected B, I, E, S, L or U',
    ]);
    expect(result.sentenceValid).toEqual([false, false, true]);
    expect(result.sentences[2]).toEqual({ tokens: ['g'], tags: ['O'], pos: ['NN'] });
    const oneColumn = await readConll('word\n');
    expect(oneColumn.errors.map((e) => e.message)).toEqual([
      'line 1: expected a token and a tag separated by spaces or tabs, found "word"',
    ]);
  });

  it('gives identical results for any chunking', async () => {
    const bytes = utf8('Zoë NNP B-per\r\n’s POS O\r\n\r\n-DOCSTART- O\r\n\r\nMünchen NNP B-geo\r\n');
    const whole = await readConll(bytes);
    expect(whole.errors).toEqual([]);
    for (const size of [1, 2, 3, 5]) {
      const parts = await readConll(chunked(bytes, size));
      expect(parts.sentences).toEqual(whole.sentences);
      expect(parts.sentenceLines).toEqual([1, 6]);
    }
  });

  it('warns when IOB2 has stray I starts', async () => {
    const result = await readConll('a B-x\nb O\nc I-x\nd O\n');
    expect(result.sentences[0].tags).toEqual(['B-x', 'O', 'B-x', 'O']);
    expect(result.warnings).toHaveLength(1);
  });
});
