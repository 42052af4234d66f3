import { describe, expect, it } from 'vitest';
import { compromiseTags, joinTokens } from './peerCompromise';

describe('compromise as a PER/ORG/LOC peer', () => {
  it('maps its matches onto the given tokens', () => {
    const { text, offsets } = joinTokens(['Google', 'opened', 'an', 'office', 'in', 'New', 'York', '.']);
    expect(text).toBe('Google opened an office in New York .');
    expect(compromiseTags(text, offsets)).toEqual(['B-ORG', 'O', 'O', 'O', 'O', 'B-LOC', 'I-LOC', 'O']);
  });

  it('never cuts a token: a match inside a token is dropped', () => {
    const text = 'NewYorkers';
    expect(compromiseTags(text, [[0, text.length]])).toEqual(['O']);
  });
});
