import { describe, expect, it } from 'vitest';
import { makeDocument } from './analyzedDocument.testing';
import { linkingWord } from './linkingWord';

function linkIn(written: string, from: number, to: number, inEntity: number[] = []): string | null {
  const sentence = makeDocument([written]).sentences[0];
  const covered = new Uint8Array(sentence.tokens.length);
  for (const i of inEntity) covered[i] = 1;
  return linkingWord(sentence, from, to, covered);
}

describe('linkingWord', () => {
  it('takes the nearest verb that says something', () => {
    expect(linkIn('Google/B-org/NNP has/O/VBZ reportedly/O/RB acquired/O/VBN DeepMind/B-org/NNP', 1, 4)).toBe('acquired');
    expect(linkIn('Elon/B-per/NNP seems/O/VBZ to/O/TO like/O/VB Twitter/B-org/NNP', 1, 4)).toBe('like');
    expect(linkIn('Elon/B-per/NNP seems/O/VBZ happy/O/JJ at/O/IN Twitter/B-org/NNP', 1, 4)).toBeNull();
  });

  it('gives no caption for a noun alone', () => {
    expect(linkIn('Obama/B-per/NNP ,/O/, president/O/NN of/O/IN France/B-geo/NNP', 1, 4)).toBeNull();
  });

  it('skips tokens of entities', () => {
    expect(linkIn('A/B-org/NNP and/O/CC Run/B-art/VB the/O/DT deal/O/NN signed/O/VBD with/O/IN C/B-org/NNP', 1, 7, [2])).toBe('signed');
  });

  it('is null without a verb or noun or without POS', () => {
    expect(linkIn('A/B-org/NNP and/O/CC B/B-org/NNP', 1, 2)).toBeNull();
    expect(linkIn('A/B-org bought/O B/B-org', 1, 2)).toBeNull();
    expect(linkIn('A/B-org/NNP B/B-org/NNP', 1, 1)).toBeNull();
  });
});
