import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSpanJsonl } from './readSpanJsonl';

const fixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(resolve(__dirname, '../../../tests/fixtures/datasets', name)));

describe('readSpanJsonl', () => {
  it('reads both record shapes', async () => {
    const result = await readSpanJsonl(fixture('spans.jsonl'));
    expect(result.errors).toEqual([]);
    expect(result.sentences).toEqual([
      {
        tokens: ['Mr.', 'Blair', 'spoke', 'in', 'London', 'on', 'Monday', '.'],
        tags: ['O', 'B-per', 'O', 'O', 'B-geo', 'O', 'B-tim', 'O'],
        text: 'Mr. Blair spoke in London on Monday.',
        offsets: [[0, 3], [4, 9], [10, 15], [16, 18], [19, 25], [26, 28], [29, 35], [35, 36]],
      },
      {
        tokens: ['Apple', 'opened', 'a', 'store', 'in', 'New', 'York', '.'],
        tags: ['B-org', 'O', 'O', 'O', 'O', 'B-geo', 'I-geo', 'O'],
        text: 'Apple opened a store in New York.',
        offsets: [[0, 5], [6, 12], [13, 14], [15, 20], [21, 23], [24, 27], [28, 32], [32, 33]],
      },
    ]);
    expect(result.sentenceLines).toEqual([1, 2]);
    expect(result.format).toBe('span-jsonl');
  });

  it('reports a span that cuts a token', async () => {
    const line = JSON.stringify({ text: 'Mr. Blair spoke', spans: [{ start: 5, end: 9, label: 'per' }] });
    const result = await readSpanJsonl(`${line}\n`);
    expect(result.errors.map((e) => e.message)).toEqual([
      'line 1: span [5, 9) "per" "lair" starts inside the token "Blair" [4, 9)',
    ]);
    expect(result.sentenceValid).toEqual([false]);
    const endCut = await readSpanJsonl(JSON.stringify(['New Yorker', { entities: [[0, 7, 'geo']] }]));
    expect(endCut.errors.map((e) => e.message)).toEqual([
      'line 1: span [0, 7) "geo" "New Yor" ends inside the token "Yorker" [4, 10)',
    ]);
  });

  it('reports overlaps bad JSON and bad shapes', async () => {
    const lines = [
      JSON.stringify({ text: 'New York City', spans: [{ start: 0, end: 8, label: 'geo' }, { start: 4, end: 13, label: 'geo' }] }),
      '{"text": "oops"',
      '',
      JSON.stringify({ text: 'a b', spans: [{ start: 0, end: 9, label: 'x' }] }),
      JSON.stringify({ spans: [] }),
      JSON.stringify({ text: 'a b', spans: [{ start: 0, end: 1, label: '' }] }),
      JSON.stringify({ text: 'fine text', spans: [] }),
    ];
    const result = await readSpanJsonl(lines.join('\n'));
    expect(result.errors.map((e) => e.line)).toEqual([1, 2, 4, 5, 6]);
    expect(result.errors[0].message).toBe(
      'line 1: span [4, 13) "geo" "York City" overlaps span [0, 8) "geo" "New York"',
    );
    expect(result.errors[1].message).toMatch(/^line 2: invalid JSON: /);
    expect(result.errors[2].message).toBe('line 4: spans[0] {"start":0,"end":9,"label":"x"}: "end" 9 is outside the text (0–3)');
    expect(result.errors[3].message).toBe('line 5: "text" must be a string');
    expect(result.sentenceValid).toEqual([false, false, false, false, false, true]);
    expect(result.sentenceLines).toEqual([1, 2, 4, 5, 6, 7]);
  });

  it('allows white space at span edges and uses given tokens', async () => {
    const padded = await readSpanJsonl(JSON.stringify({ text: 'in Paris now', spans: [{ start: 2, end: 9, label: 'geo' }] }));
    expect(padded.errors).toEqual([]);
    expect(padded.sentences[0].tags).toEqual(['O', 'B-geo', 'O']);
    const given = await readSpanJsonl(
      JSON.stringify({ text: "can't stop", spans: [{ start: 0, end: 5, label: 'x' }], tokens: [{ start: 0, end: 5 }, { start: 6, end: 10 }] }),
    );
    expect(given.errors).toEqual([]);
    expect(given.sentences[0].tokens).toEqual(["can't", 'stop']);
    expect(given.sentences[0].tags).toEqual(['B-x', 'O']);
  });
});
