import { parseTag, parsedTagsToSpans, type ParsedTag, type TagParseResult } from '../tags';
import type { TokenSpan } from '../types';
import type { EntityScores, TypeConfusion, TypeScores } from './entityScores';
import { EvaluationInputError } from './evaluationInputError';
import { precisionRecallF1 } from './ratios';

/** Accumulates sentence after sentence, so a 1M-token evaluation never holds all tags at once. */
export interface EntityScorer {
  /** Scores one sentence; throws EvaluationInputError (and counts nothing) on mismatched lengths or malformed tags. */
  add(gold: readonly string[], predicted: readonly string[]): void;
  /** The scores of every sentence added so far. */
  result(): EntityScores;
}

interface TypeCounts {
  gold: number;
  predicted: number;
  correct: number;
}

/**
 * An entity-level scorer with conlleval's semantics: entities are read from each sentence with
 * conlleval's chunk rules (`I-X` after `O` or another type starts an entity, `B-X` always does);
 * a predicted entity is correct only if a gold entity has the same start, end and type; precision,
 * recall and F1 are micro-averaged over all entities. Sentences are independent: an entity never
 * runs across a sentence break, as conlleval reads a blank line as `O`.
 *
 * Reading entities as spans and matching them is equivalent to conlleval's token-by-token
 * `inCorrect` state machine because every chunk start follows an end and vice versa (see
 * `tags/chunkBoundaries.ts`); entityScorer.conlleval.test.ts checks this against a literal
 * transcription of the script.
 */
export function createEntityScorer(): EntityScorer {
  let sentences = 0;
  let tokens = 0;
  let correctTokens = 0;
  const byType = new Map<string, TypeCounts>();
  const matched = new Map<string, Map<string, number>>();
  const unmatchedGold = new Map<string, number>();
  const unmatchedPredicted = new Map<string, number>();
  const parseCache = new Map<string, TagParseResult>();

  function parseSentence(tags: readonly string[], side: 'gold' | 'predicted', sentence: number): ParsedTag[] {
    return tags.map((tag, token) => {
      let parsed = parseCache.get(tag);
      if (parsed === undefined) {
        parsed = parseTag(tag);
        parseCache.set(tag, parsed);
      }
      if (!parsed.ok) {
        throw new EvaluationInputError(`sentence ${sentence + 1}, token ${token + 1}: ${side} ${parsed.error}`, sentence, token);
      }
      return parsed;
    });
  }

  function countsOf(label: string): TypeCounts {
    let counts = byType.get(label);
    if (counts === undefined) {
      counts = { gold: 0, predicted: 0, correct: 0 };
      byType.set(label, counts);
    }
    return counts;
  }

  function addSpans(goldSpans: readonly TokenSpan[], predictedSpans: readonly TokenSpan[], length: number): void {
    // Spans of one sentence never overlap, so boundaries identify at most one span on each side.
    const key = (span: TokenSpan): number => span.start * (length + 1) + span.end;
    const predictedByBounds = new Map(predictedSpans.map((span) => [key(span), span.label]));
    for (const span of predictedSpans) countsOf(span.label).predicted++;
    for (const span of goldSpans) {
      const counts = countsOf(span.label);
      counts.gold++;
      const predictedLabel = predictedByBounds.get(key(span));
      if (predictedLabel === undefined) {
        increment(unmatchedGold, span.label);
        continue;
      }
      predictedByBounds.delete(key(span));
      if (predictedLabel === span.label) counts.correct++;
      let row = matched.get(span.label);
      if (row === undefined) {
        row = new Map();
        matched.set(span.label, row);
      }
      increment(row, predictedLabel);
    }
    for (const label of predictedByBounds.values()) increment(unmatchedPredicted, label);
  }

  return {
    add(gold, predicted) {
      const sentence = sentences++;
      if (gold.length !== predicted.length) {
        throw new EvaluationInputError(
          `sentence ${sentence + 1}: gold has ${gold.length} tags but predicted has ${predicted.length}`,
          sentence,
        );
      }
      const goldTags = parseSentence(gold, 'gold', sentence);
      const predictedTags = parseSentence(predicted, 'predicted', sentence);
      tokens += gold.length;
      for (let i = 0; i < goldTags.length; i++) {
        if (goldTags[i].prefix === predictedTags[i].prefix && goldTags[i].label === predictedTags[i].label) correctTokens++;
      }
      addSpans(parsedTagsToSpans(goldTags), parsedTagsToSpans(predictedTags), gold.length);
    },

    result() {
      // conlleval lists types in Perl's default (string) sort order.
      const labels = [...byType.keys()].sort();
      const totals = { gold: 0, predicted: 0, correct: 0 };
      const perType: [string, TypeScores][] = labels.map((label) => {
        const counts = byType.get(label) ?? { gold: 0, predicted: 0, correct: 0 };
        totals.gold += counts.gold;
        totals.predicted += counts.predicted;
        totals.correct += counts.correct;
        return [label, { ...precisionRecallF1(counts.correct, counts.predicted, counts.gold), ...counts }];
      });
      const confusion: TypeConfusion = {
        matched: Object.fromEntries(sortedEntries(matched).map(([label, row]) => [label, toRecord(row)])),
        unmatchedGold: toRecord(unmatchedGold),
        unmatchedPredicted: toRecord(unmatchedPredicted),
      };
      return {
        ...precisionRecallF1(totals.correct, totals.predicted, totals.gold),
        tokenAccuracy: tokens > 0 ? correctTokens / tokens : 0,
        counts: { tokens, correctTokens, ...totals },
        perType: Object.fromEntries(perType),
        confusion,
      };
    },
  };
}

/**
 * Scores whole corpora at once: `gold[i]` and `predicted[i]` are the tags of sentence i.
 * Throws EvaluationInputError when the corpora or a sentence's tags differ in length, or a tag is malformed.
 */
export function scoreEntities(
  gold: readonly (readonly string[])[],
  predicted: readonly (readonly string[])[],
): EntityScores {
  if (gold.length !== predicted.length) {
    throw new EvaluationInputError(
      `gold has ${gold.length} sentences but predicted has ${predicted.length}`,
      Math.min(gold.length, predicted.length),
    );
  }
  const scorer = createEntityScorer();
  gold.forEach((tags, i) => scorer.add(tags, predicted[i]));
  return scorer.result();
}

function increment(counts: Map<string, number>, label: string): void {
  counts.set(label, (counts.get(label) ?? 0) + 1);
}

function sortedEntries<V>(map: ReadonlyMap<string, V>): [string, V][] {
  return [...map.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

// Object.fromEntries defines own properties, so a label such as "__proto__" stays an ordinary key.
function toRecord(counts: ReadonlyMap<string, number>): Record<string, number> {
  return Object.fromEntries(sortedEntries(counts));
}
