/**
 * Checks the span-matching scorer against a line-by-line transcription of conlleval's main loop
 * (CoNLL-2000 conlleval, version 2004-01-26), over random corpora.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyIobTagSequence, anyTagSequence } from '../tags/tagArbitraries.testing';
import { scoreEntities } from './entityScorer';

type ChunkRule = (prevTag: string, tag: string, prevType: string, type: string) => boolean;

// The Perl script's endOfChunk/startOfChunk, minus the `[`/`]` and `.` cases our tags never contain.
const perlEndOfChunk: ChunkRule = (prevTag, tag, prevType, type) =>
  (prevTag === 'B' && tag === 'B') ||
  (prevTag === 'B' && tag === 'O') ||
  (prevTag === 'I' && tag === 'B') ||
  (prevTag === 'I' && tag === 'O') ||
  (prevTag === 'E' && tag === 'E') ||
  (prevTag === 'E' && tag === 'I') ||
  (prevTag === 'E' && tag === 'O') ||
  (prevTag !== 'O' && prevType !== type);

const perlStartOfChunk: ChunkRule = (prevTag, tag, prevType, type) =>
  (prevTag === 'B' && tag === 'B') ||
  (prevTag === 'I' && tag === 'B') ||
  (prevTag === 'O' && tag === 'B') ||
  (prevTag === 'O' && tag === 'I') ||
  (prevTag === 'E' && tag === 'E') ||
  (prevTag === 'E' && tag === 'I') ||
  (prevTag === 'O' && tag === 'E') ||
  (tag !== 'O' && prevType !== type);

// The IOBES rules of the Python port of conlleval (also seqeval's default mode).
const iobesEndOfChunk: ChunkRule = (prevTag, tag, prevType, type) =>
  prevTag === 'E' ||
  prevTag === 'S' ||
  (prevTag === 'B' && (tag === 'B' || tag === 'S' || tag === 'O')) ||
  (prevTag === 'I' && (tag === 'B' || tag === 'S' || tag === 'O')) ||
  (prevTag !== 'O' && prevType !== type);

const iobesStartOfChunk: ChunkRule = (prevTag, tag, prevType, type) =>
  tag === 'B' ||
  tag === 'S' ||
  ((prevTag === 'E' || prevTag === 'S' || prevTag === 'O') && (tag === 'E' || tag === 'I')) ||
  (tag !== 'O' && prevType !== type);

interface ConllevalCounts {
  tokens: number;
  correctTokens: number;
  gold: number;
  predicted: number;
  correct: number;
  perType: Record<string, { gold: number; predicted: number; correct: number }>;
}

function split(tag: string): [string, string] {
  const match = /^([^-]*)-(.*)$/.exec(tag);
  return match === null ? [tag, ''] : [match[1], match[2]];
}

/** conlleval's main loop; a sentence break is its `-X- O O` line. */
function conlleval(gold: string[][], predicted: string[][], endOfChunk: ChunkRule, startOfChunk: ChunkRule): ConllevalCounts {
  const lines: [string, string, string][] = [];
  gold.forEach((tags, s) => {
    tags.forEach((tag, i) => lines.push(['w', tag, predicted[s][i]]));
    lines.push(['-X-', 'O', 'O']);
  });
  const result: ConllevalCounts = { tokens: 0, correctTokens: 0, gold: 0, predicted: 0, correct: 0, perType: {} };
  const typeCounts = (type: string): { gold: number; predicted: number; correct: number } =>
    (result.perType[type] ??= { gold: 0, predicted: 0, correct: 0 });
  let inCorrect = false;
  let [lastCorrect, lastCorrectType, lastGuessed, lastGuessedType] = ['O', '', 'O', ''];
  for (const [firstItem, goldTag, guessedTag] of lines) {
    const [correct, correctType] = split(goldTag);
    const [guessed, guessedType] = split(guessedTag);
    const goldEnds = endOfChunk(lastCorrect, correct, lastCorrectType, correctType);
    const guessEnds = endOfChunk(lastGuessed, guessed, lastGuessedType, guessedType);
    const goldStarts = startOfChunk(lastCorrect, correct, lastCorrectType, correctType);
    const guessStarts = startOfChunk(lastGuessed, guessed, lastGuessedType, guessedType);
    if (inCorrect) {
      if (goldEnds && guessEnds && lastGuessedType === lastCorrectType) {
        inCorrect = false;
        result.correct++;
        typeCounts(lastCorrectType).correct++;
      } else if (goldEnds !== guessEnds || guessedType !== correctType) {
        inCorrect = false;
      }
    }
    if (goldStarts && guessStarts && guessedType === correctType) inCorrect = true;
    if (goldStarts) {
      result.gold++;
      typeCounts(correctType).gold++;
    }
    if (guessStarts) {
      result.predicted++;
      typeCounts(guessedType).predicted++;
    }
    if (firstItem !== '-X-') {
      if (correct === guessed && guessedType === correctType) result.correctTokens++;
      result.tokens++;
    }
    [lastCorrect, lastCorrectType, lastGuessed, lastGuessedType] = [correct, correctType, guessed, guessedType];
  }
  if (inCorrect) {
    result.correct++;
    typeCounts(lastCorrectType).correct++;
  }
  return result;
}

/** Gold and predicted corpora of the same shape, predictions often copying gold so some entities match. */
function corpusPairs(sentence: fc.Arbitrary<string[]>): fc.Arbitrary<[string[][], string[][]]> {
  return fc.array(fc.tuple(sentence, sentence, fc.array(fc.boolean(), { maxLength: 25 })), { maxLength: 6 }).map((pairs) => {
    const gold = pairs.map(([tags]) => tags);
    const predicted = pairs.map(([goldTags, noise, copy]) => goldTags.map((tag, i) => (copy[i] !== false ? tag : (noise[i] ?? 'O'))));
    return [gold, predicted];
  });
}

function ourCounts(gold: string[][], predicted: string[][]): ConllevalCounts {
  const scores = scoreEntities(gold, predicted);
  const perType = Object.fromEntries(
    Object.entries(scores.perType).map(([type, { gold: g, predicted: p, correct: c }]) => [type, { gold: g, predicted: p, correct: c }]),
  );
  return { ...scores.counts, perType };
}

describe('scoreEntities against conlleval', () => {
  it('agrees with the 2004 Perl script on any B/I/O tags', () => {
    fc.assert(
      fc.property(corpusPairs(anyIobTagSequence), ([gold, predicted]) => {
        expect(ourCounts(gold, predicted)).toEqual(conlleval(gold, predicted, perlEndOfChunk, perlStartOfChunk));
      }),
      { numRuns: 500 },
    );
  });

  it('agrees with the IOBES-aware conlleval rules on any mix of B/I/E/S/O tags', () => {
    fc.assert(
      fc.property(corpusPairs(anyTagSequence), ([gold, predicted]) => {
        expect(ourCounts(gold, predicted)).toEqual(conlleval(gold, predicted, iobesEndOfChunk, iobesStartOfChunk));
      }),
      { numRuns: 500 },
    );
  });

  it('differs from the Perl script on IOBES, which it predates', () => {
    const gold = [['B-per', 'E-per', 'B-per', 'E-per', 'S-org', 'S-org']];
    expect(conlleval(gold, gold, perlEndOfChunk, perlStartOfChunk).gold).toBe(2);
    expect(scoreEntities(gold, gold).counts.gold).toBe(4);
  });
});
