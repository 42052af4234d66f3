import { describe, expect, it } from 'vitest';
import { readDataset, validSentences } from '../datasets';
import { mulberry32 } from '../random';
import type { Sentence } from '../types';
import { casingVariant, casingVariants, conllToGuidelines, gmbToGuidelines, isCalendarToken } from './index';

const CONLL_FIXTURE = `-DOCSTART- -X- -X- O

EU NNP B-NP B-ORG
rejects VBZ B-VP O
German JJ B-NP B-MISC
call NN I-NP O
. . O O

BRUSSELS NNP B-NP B-LOC
1996-08-22 CD I-NP O

Peter NNP B-NP B-PER
Blackburn NNP I-NP I-PER
won VBD B-VP O
the DT B-NP O
World NNP I-NP B-MISC
Cup NNP I-NP I-MISC
on IN B-PP O
Sunday NNP B-NP O
`;

async function conllFixture(): Promise<Sentence[]> {
  const read = await readDataset(new TextEncoder().encode(CONLL_FIXTURE), 'conll');
  expect(read.errorCount).toBe(0);
  return validSentences(read);
}

describe('conllToGuidelines', () => {
  it('conllToGuidelines maps per org loc and skips docstart', async () => {
    const sentences = (await conllFixture()).map(conllToGuidelines);
    expect(sentences.map((s) => s.tokens)).toEqual([
      ['EU', 'rejects', 'German', 'call', '.'],
      ['BRUSSELS', '1996-08-22'],
      ['Peter', 'Blackburn', 'won', 'the', 'World', 'Cup', 'on', 'Sunday'],
    ]);
    expect(sentences[0].tags).toEqual(['B-org', 'O', 'B-gpe', 'O', 'O']);
    expect(sentences[1].tags).toEqual(['B-geo', 'O']);
    expect(sentences[2].tags).toEqual(['B-per', 'I-per', 'O', 'O', 'B-gpe', 'I-gpe', 'O', 'O']);
    expect(sentences.every((s) => s.pos === undefined)).toBe(true);
  });

  it('conllToGuidelines misc spans may be any misc label and date like O may be tim', async () => {
    const [first, second, third] = (await conllFixture()).map(conllToGuidelines);
    const misc = (prefix: string) => ['gpe', 'eve', 'art', 'nat', 'TOPIC'].map((label) => `${prefix}-${label}`);
    expect(first.allowed).toEqual([undefined, undefined, misc('B'), undefined, undefined]);
    expect(second.allowed).toEqual([undefined, ['O', 'B-tim', 'I-tim']]);
    expect(third.allowed).toEqual([undefined, undefined, undefined, undefined, misc('B'), misc('I'), undefined, ['O', 'B-tim', 'I-tim']]);
  });

  it('conllToGuidelines leaves out allowed when every tag is known', () => {
    expect(conllToGuidelines({ tokens: ['Ann', 'left'], tags: ['B-PER', 'O'] })).toEqual({ tokens: ['Ann', 'left'], tags: ['B-per', 'O'] });
  });

  it('conllToGuidelines rejects a label conll does not have', () => {
    expect(() => conllToGuidelines({ tokens: ['x'], tags: ['B-FOO'] })).toThrow(/label FOO/);
  });
});

describe('gmbToGuidelines', () => {
  it('gmbToGuidelines strips leading titles from person spans', () => {
    const sentence = {
      tokens: ['Prime', 'Minister', 'Ariel', 'Sharon', 'met', 'Mr.', 'Bush', 'and', 'President', 'in', 'Iraq'],
      tags: ['B-per', 'I-per', 'I-per', 'I-per', 'O', 'B-per', 'I-per', 'O', 'B-per', 'O', 'B-geo'],
      pos: ['NNP', 'NNP', 'NNP', 'NNP', 'VBD', 'NNP', 'NNP', 'CC', 'NNP', 'IN', 'NNP'],
    };
    const mapped = gmbToGuidelines(sentence);
    expect(mapped.tags).toEqual(['O', 'O', 'B-per', 'I-per', 'O', 'O', 'B-per', 'O', 'O', 'O', 'B-geo']);
    expect(mapped.pos).toEqual(sentence.pos);
    expect(mapped.allowed).toBeUndefined();
  });

  it('gmbToGuidelines keeps names that start with no title and other labels', () => {
    const sentence = { tokens: ['General', 'Motors', 'and', 'John', 'Major'], tags: ['B-org', 'I-org', 'O', 'B-per', 'I-per'] };
    expect(gmbToGuidelines(sentence)).toEqual(sentence);
  });

  it('gmbToGuidelines makes vague times partial and keeps dates', () => {
    const mapped = gmbToGuidelines({ tokens: ['two', 'years', 'later', ',', 'in', 'March', '2004'], tags: ['B-tim', 'I-tim', 'B-tim', 'O', 'O', 'B-tim', 'I-tim'] });
    expect(mapped.tags).toEqual(['B-tim', 'I-tim', 'B-tim', 'O', 'O', 'B-tim', 'I-tim']);
    const either = ['O', 'B-tim', 'I-tim'];
    expect(mapped.allowed).toEqual([either, either, either, undefined, undefined, undefined, undefined]);
  });
});

describe('isCalendarToken', () => {
  it('isCalendarToken accepts digits and calendar names in any case', () => {
    expect(['1996', '21st', 'MONDAY', 'March', 'autumn', 'Sept.'].every(isCalendarToken)).toBe(true);
    expect(['later', 'two', 'recent', 'Brussels', 'today'].some(isCalendarToken)).toBe(false);
  });
});

describe('casingVariants', () => {
  const sentence = { tokens: ['Ann', 'uses', 'iPhone', 'in', 'Rome', '.'], tags: ['B-per', 'O', 'B-art', 'O', 'B-geo', 'O'] };

  it('casingVariant recases tokens and keeps tags', () => {
    expect(casingVariant(sentence, 'upper')).toEqual({ ...sentence, tokens: ['ANN', 'USES', 'IPHONE', 'IN', 'ROME', '.'] });
    expect(casingVariant(sentence, 'lower').tokens).toEqual(['ann', 'uses', 'iphone', 'in', 'rome', '.']);
    expect(casingVariant(sentence, 'title').tokens).toEqual(['Ann', 'Uses', 'IPhone', 'In', 'Rome', '.']);
  });

  it('casingVariants copies about the share asked with the kinds weighted', () => {
    const many = Array.from({ length: 2000 }, () => sentence);
    const copies = casingVariants(many, { share: 0.25, weights: { upper: 1, lower: 0, title: 1 } }, mulberry32(3));
    expect(copies.length).toBeGreaterThan(400);
    expect(copies.length).toBeLessThan(600);
    expect(copies.some((c) => c.tokens[0] === 'ANN')).toBe(true);
    expect(copies.every((c) => c.tokens[1] !== 'uses')).toBe(true);
    expect(copies.every((c) => c.tags === sentence.tags)).toBe(true);
  });

  it('casingVariants skips a copy equal to its sentence and rejects a bad mix', () => {
    expect(casingVariants([{ tokens: ['.', '42'] }], { share: 1, weights: { upper: 1, lower: 1, title: 1 } }, mulberry32(1))).toEqual([]);
    expect(() => casingVariants([sentence], { share: 2, weights: { upper: 1, lower: 0, title: 0 } }, mulberry32(1))).toThrow(/share/);
  });
});
