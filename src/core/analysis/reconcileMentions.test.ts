import { describe, expect, it } from 'vitest';
import { makeDocument } from './analyzedDocument.testing';
import { documentMentions } from './documentMentions';
import { reconcileMentions } from './reconcileMentions';

const labels = ['per', 'geo', 'org', 'TOPIC'];

describe('reconcileMentions', () => {
  it('reconcileMentions gives a name the label with the largest summed confidence', () => {
    const document = makeDocument(
      [
        { tokens: 'Optimus/B-per runs', confidence: [0.55, 0.9] },
        { tokens: 'We/O tuned/O Optimus/B-TOPIC', confidence: [0.9, 0.9, 0.8] },
        { tokens: 'Optimus/B-TOPIC again', confidence: [0.7, 0.9] },
      ],
      { labels },
    );
    const { document: reconciled, changes } = reconcileMentions(document);
    expect(changes).toEqual({ relabelled: 1, filled: 0 });
    expect(reconciled.sentences.map((s) => s.tags)).toEqual([['B-TOPIC', 'O'], ['O', 'O', 'B-TOPIC'], ['B-TOPIC', 'O']]);
    // The relabelled mention keeps what the tagger left for other tags: 1 − 0.55.
    expect(reconciled.sentences[0].confidence![0]).toBeCloseTo(0.45, 10);
    expect(reconciled.sentences[1].confidence).toEqual([0.9, 0.9, 0.8]);
    expect(document.sentences[0].tags).toEqual(['B-per', 'O']);
    expect(documentMentions(reconciled).map((m) => `${m.text}/${m.label}`)).toEqual(['Optimus/TOPIC', 'Optimus/TOPIC', 'Optimus/TOPIC']);
  });

  it('reconcileMentions one confident mention outvotes two unsure ones', () => {
    const document = makeDocument(
      [
        { tokens: 'Jordan/B-geo', confidence: [0.98] },
        { tokens: 'Jordan/B-per', confidence: [0.4] },
        { tokens: 'Jordan/B-per', confidence: [0.45] },
      ],
      { labels },
    );
    expect(reconcileMentions(document).document.sentences.map((s) => s.tags[0])).toEqual(['B-geo', 'B-geo', 'B-geo']);
  });

  it('reconcileMentions compares whole multi token names with case kept', () => {
    const document = makeDocument(['New/B-geo York/I-geo', 'New/B-org York/I-org Times/I-org', 'new/B-org york/I-org'], { labels });
    const { document: reconciled, changes } = reconcileMentions(document);
    expect(changes.relabelled).toBe(0);
    expect(reconciled.sentences.map((s) => s.tags)).toEqual(document.sentences.map((s) => s.tags));
  });

  it('reconcileMentions ties go to the first mention and no confidence counts one', () => {
    const document = makeDocument(['Apple/B-org', 'Apple/B-TOPIC'], { labels });
    const { document: reconciled } = reconcileMentions(document);
    expect(reconciled.sentences.map((s) => s.tags)).toEqual([['B-org'], ['B-org']]);
    expect(reconciled.sentences[1].confidence).toBeUndefined();
  });

  it('reconcileMentions fill marks untagged occurrences only when asked', () => {
    const document = makeDocument(
      [
        { tokens: 'Ada/B-per Lovelace/I-per wrote', confidence: [0.9, 0.9, 0.9] },
        { tokens: 'and/O Ada/O Lovelace/O and/O Ada/B-per', confidence: [0.9, 0.7, 0.8, 0.9, 0.6] },
      ],
      { labels },
    );
    expect(reconcileMentions(document).changes.filled).toBe(0);
    const { document: filled, changes } = reconcileMentions(document, { fill: true });
    expect(changes).toEqual({ relabelled: 0, filled: 1 });
    expect(filled.sentences[1].tags).toEqual(['O', 'B-per', 'I-per', 'O', 'B-per']);
    expect(filled.sentences[1].confidence![1]).toBeCloseTo(0.3, 10);
    expect(filled.sentences[1].confidence![2]).toBeCloseTo(0.2, 10);
  });
});
