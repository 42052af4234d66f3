import { describe, expect, it } from 'vitest';
import { tagsToSpans } from '../tags';
import { makeDocument } from './analyzedDocument.testing';
import { applyCasingCue } from './casingCue';
import type { AnalyzedDocument } from './types';

const mentionsOf = (document: AnalyzedDocument) =>
  document.sentences.flatMap((sentence) => tagsToSpans(sentence.tags).map((span) => `${sentence.tokens.slice(span.start, span.end).map((t) => t.text).join(' ')}/${span.label}`));

describe('applyCasingCue', () => {
  it('drops a mention whose every capitalised word the text also writes in lower case', () => {
    const document = makeDocument(['Random/B-org Forest/I-org Basics', 'A random forest votes .']);
    const { document: cued, dropped } = applyCasingCue(document);
    expect(mentionsOf(cued)).toEqual([]);
    expect(dropped).toBe(1);
  });

  it('keeps a name with any capitalised word the text never writes in lower case', () => {
    const document = makeDocument(['Bill/B-per Gates/I-per spoke', 'The bill passed .']);
    expect(mentionsOf(applyCasingCue(document).document)).toEqual(['Bill Gates/per']);
  });

  it('leaves acronyms, lower-case mentions and exempt labels alone', () => {
    const document = makeDocument(['US/B-geo and/O IT/B-org met', 'it is us .', 'python/B-TOPIC and Pandas/B-TOPIC', 'use pandas .']);
    const cued = applyCasingCue(document, { exempt: ['TOPIC'] }).document;
    expect(mentionsOf(cued)).toEqual(['US/geo', 'IT/org', 'python/TOPIC', 'Pandas/TOPIC']);
    expect(mentionsOf(applyCasingCue(document).document)).toEqual(['US/geo', 'IT/org', 'python/TOPIC']);
  });

  it('reads no lower-case use from skipped text and changes no mention inside it', () => {
    const document = makeDocument(['Apple/B-org ships', 'apple = 1']);
    const code = [{ start: document.sentences[1].start, end: document.sentences[1].end }];
    expect(mentionsOf(applyCasingCue(document, { skip: code }).document)).toEqual(['Apple/org']);
    expect(mentionsOf(applyCasingCue(document).document)).toEqual([]);
  });

  it('returns the same document and keeps confidences when nothing is dropped, a new one when something is', () => {
    const kept = makeDocument([{ tokens: 'Ada/B-per codes', confidence: [0.7, 0.9] }]);
    expect(applyCasingCue(kept).document).toBe(kept);
    const changed = makeDocument([{ tokens: 'Deep/B-org Learning/I-org Today', confidence: [0.6, 0.5, 0.9] }, 'deep learning']);
    const cued = applyCasingCue(changed).document;
    expect(cued).not.toBe(changed);
    expect(cued.sentences[0].confidence).toEqual([0.6, 0.5, 0.9]);
    expect(changed.sentences[0].tags).toEqual(['B-org', 'I-org', 'O']);
  });
});
