import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { makeDocument } from './analyzedDocument.testing';
import { documentMentions } from './documentMentions';
import { documentToConll } from './documentToConll';
import { mentionsToCsv } from './mentionsToCsv';
import { mentionsToJson } from './mentionsToJson';
import type { Mention } from './types';

const doc = makeDocument([{ tokens: 'Ada/B-per Lovelace/I-per wrote', confidence: [0.5, 1, 0.9] }, 'in London/B-geo .']);

describe('mentionsToJson', () => {
  it('writes text and entities', () => {
    expect(JSON.parse(mentionsToJson(doc, documentMentions(doc)))).toEqual({
      text: 'Ada Lovelace wrote in London .',
      entities: [
        { start: 0, end: 12, label: 'per', text: 'Ada Lovelace', confidence: 0.75 },
        { start: 22, end: 28, label: 'geo', text: 'London', confidence: 1 },
      ],
    });
  });

  it('leaves out the sentence index', () => {
    expect(mentionsToJson(doc, [])).toBe('{\n  "text": "Ada Lovelace wrote in London .",\n  "entities": []\n}');
  });
});

describe('mentionsToCsv', () => {
  it('writes a header and one row per mention', () => {
    expect(mentionsToCsv(documentMentions(doc))).toBe(
      'start,end,label,text,confidence\r\n0,12,per,Ada Lovelace,0.75\r\n22,28,geo,London,1',
    );
    expect(mentionsToCsv([])).toBe('start,end,label,text,confidence');
  });

  it('text with commas quotes and newlines survives a parse back', () => {
    const awkward = ['Smith, Jones & Co.', 'the "Big" Apple', 'New\nYork', 'a\r\nb', '“curly”, \'single\''];
    const mentions: Mention[] = awkward.map((text, i) => ({
      start: i * 10,
      end: i * 10 + text.length,
      label: 'org',
      text,
      sentence: 0,
      confidence: 0.5,
    }));
    const parsed = Papa.parse<string[]>(mentionsToCsv(mentions), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data[0]).toEqual(['start', 'end', 'label', 'text', 'confidence']);
    expect(parsed.data.slice(1).map((row) => row[3])).toEqual(awkward);
  });

  it('mentionsToCsv escapes cells a spreadsheet would run as formulas', () => {
    // Mention texts of a pasted page, as issue 26's probe exported them ("=Google" came out bare).
    const formulas = ['=Google', '=HYPERLINK("http://evil.example","x")', '+1', '-2+3', '@SUM(A1)', '\tTab'];
    const mentions: Mention[] = formulas.map((text, i) => ({ start: i, end: i + 1, label: 'org', text, sentence: 0, confidence: 0.5 }));
    const cells = Papa.parse<string[]>(mentionsToCsv(mentions), { skipEmptyLines: true }).data.slice(1).map((row) => row[3]);
    expect(cells).toEqual(formulas.map((text) => `'${text}`));
  });
});

describe('documentToConll', () => {
  it('writes token tab tag with blank lines between sentences', () => {
    expect(documentToConll(doc)).toBe('Ada\tB-per\nLovelace\tI-per\nwrote\tO\n\nin\tO\nLondon\tB-geo\n.\tO\n');
  });

  it('skips empty sentences', () => {
    const withEmpty = { ...doc, sentences: [doc.sentences[0], { start: 18, end: 18, tokens: [], tags: [] }] };
    expect(documentToConll(withEmpty)).toBe('Ada\tB-per\nLovelace\tI-per\nwrote\tO\n');
    expect(documentToConll({ text: '', sentences: [], labels: [] })).toBe('');
  });
});
