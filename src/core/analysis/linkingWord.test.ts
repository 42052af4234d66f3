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
  it('test_linkingWord_prefers_the_verb_nearest_the_first_entity', () => {
    expect(linkIn('Google/B-org/NNP has/O/VBZ reportedly/O/RB acquired/O/VBN DeepMind/B-org/NNP', 1, 4)).toBe('has');
  });

  it('test_linkingWord_falls_back_to_the_nearest_noun', () => {
    expect(linkIn('Obama/B-per/NNP ,/O/, president/O/NN of/O/IN France/B-geo/NNP', 1, 4)).toBe('president');
  });

  it('test_linkingWord_skips_tokens_of_entities', () => {
    expect(linkIn('A/B-org/NNP and/O/CC Run/B-art/VB the/O/DT deal/O/NN with/O/IN C/B-org/NNP', 1, 6, [2])).toBe('deal');
  });

  it('test_linkingWord_is_null_without_a_verb_or_noun_or_without_POS', () => {
    expect(linkIn('A/B-org/NNP and/O/CC B/B-org/NNP', 1, 2)).toBeNull();
    expect(linkIn('A/B-org bought/O B/B-org', 1, 2)).toBeNull();
    expect(linkIn('A/B-org/NNP B/B-org/NNP', 1, 1)).toBeNull();
  });
});
