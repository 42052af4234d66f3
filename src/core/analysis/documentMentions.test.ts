import { describe, expect, it } from 'vitest';
import { makeDocument } from './analyzedDocument.testing';
import { documentMentions } from './documentMentions';
import type { AnalyzedDocument } from './types';

describe('documentMentions', () => {
  it('reads multi-token entities with character offsets', () => {
    const doc = makeDocument(["The United/B-geo States/I-geo and Britain/B-geo 's joined NATO/B-org ."]);
    expect(documentMentions(doc)).toEqual([
      { start: 4, end: 17, label: 'geo', text: 'United States', sentence: 0, confidence: 1 },
      { start: 22, end: 29, label: 'geo', text: 'Britain', sentence: 0, confidence: 1 },
      { start: 40, end: 44, label: 'org', text: 'NATO', sentence: 0, confidence: 1 },
    ]);
  });

  it('keeps sentence indices in text order', () => {
    const doc = makeDocument(['Obama/B-per spoke .', 'Nothing here .', 'Merkel/B-per and Obama/B-per met .']);
    expect(documentMentions(doc).map((m) => [m.text, m.sentence, m.start])).toEqual([
      ['Obama', 0, 0],
      ['Merkel', 2, 29],
      ['Obama', 2, 40],
    ]);
  });

  it('slices the original text between offsets', () => {
    // Tokens need not be one space apart: the mention is the text between its first and last token.
    const text = 'In New \n York , “Apple” rose.';
    const doc: AnalyzedDocument = {
      text,
      labels: ['geo', 'org'],
      sentences: [
        {
          start: 0,
          end: text.length,
          tokens: [
            { text: 'In', start: 0, end: 2 },
            { text: 'New', start: 3, end: 6 },
            { text: 'York', start: 9, end: 13 },
            { text: ',', start: 14, end: 15 },
            { text: '“', start: 16, end: 17 },
            { text: 'Apple', start: 17, end: 22 },
            { text: '”', start: 22, end: 23 },
            { text: 'rose', start: 24, end: 28 },
            { text: '.', start: 28, end: 29 },
          ],
          tags: ['O', 'B-geo', 'I-geo', 'O', 'O', 'B-org', 'O', 'O', 'O'],
        },
      ],
    };
    expect(documentMentions(doc)).toEqual([
      { start: 3, end: 13, label: 'geo', text: 'New \n York', sentence: 0, confidence: 1 },
      { start: 17, end: 22, label: 'org', text: 'Apple', sentence: 0, confidence: 1 },
    ]);
  });

  it('averages token confidences', () => {
    const doc = makeDocument([{ tokens: 'New/B-geo York/I-geo is Big/B-per', confidence: [0.9, 0.5, 0.1, 0.25] }]);
    expect(documentMentions(doc).map((m) => m.confidence)).toEqual([0.7, 0.25]);
  });

  it('splits adjacent entities of one type at B', () => {
    const doc = makeDocument(['Paris/B-geo London/B-geo Rome/I-geo']);
    expect(documentMentions(doc).map((m) => m.text)).toEqual(['Paris', 'London Rome']);
  });

  it('rejects tags that do not match the tokens', () => {
    const doc = makeDocument(['a b', 'c d e']);
    doc.sentences[1].tags.pop();
    expect(() => documentMentions(doc)).toThrow('sentence 1: 2 tags for 3 tokens');
  });

  it('of an empty document is empty', () => {
    expect(documentMentions({ text: '', sentences: [], labels: [] })).toEqual([]);
  });
});
