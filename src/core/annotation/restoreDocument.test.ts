import { describe, expect, it } from 'vitest';
import { restoreAnnotatedDocument } from './restoreDocument';
import { testDocument } from './testDocument';

interface Damaged {
  sentences: { tokens: { text: string }[]; spans: { start: number; end: number; label: string }[]; known: boolean[]; confidence: number }[];
}

const roundTrip = (value: unknown) => JSON.parse(JSON.stringify(value)) as Damaged;

describe('restoreAnnotatedDocument', () => {
  it('gives back a sound document as it was', () => {
    expect(restoreAnnotatedDocument(roundTrip(testDocument()))).toEqual({ ok: true, value: testDocument() });
  });
  it.each([
    ['not an object', () => 42, /not an object/],
    ['a token that does not match the text', (d: Damaged) => { d.sentences[0].tokens[1].text = 'Merkle'; }, /sentence 1, token 2: its text does not match/],
    ['overlapping spans', (d: Damaged) => { d.sentences[0].spans[1].start = 1; }, /sentence 1, span 2: overlaps/],
    ['a span past the sentence', (d: Damaged) => { d.sentences[1].spans[0].end = 99; }, /sentence 2, span 1: not a token range/],
    ['missing known flags', (d: Damaged) => { d.sentences[1].known.pop(); }, /sentence 2: one known flag per token/],
    ['a confidence above 1', (d: Damaged) => { d.sentences[0].confidence = 3; }, /confidence/],
    ['a label with spaces', (d: Damaged) => { d.sentences[0].spans[0].label = 'a b'; }, /label is not one word/],
  ])('refuses %s, saying where', (_, damage, message) => {
    const document = roundTrip(testDocument());
    const damaged = (damage as (d: Damaged) => unknown)(document) ?? document;
    const result = restoreAnnotatedDocument(damaged);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });
  it('ignores inherited fields', () => {
    const document = Object.create(roundTrip(testDocument())) as object;
    expect(restoreAnnotatedDocument(document).ok).toBe(false);
  });
});
