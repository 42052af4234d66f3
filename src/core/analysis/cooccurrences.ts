import type { LocatedMention } from './documentMentions';
import { linkingWord } from './linkingWord';
import type { AnalyzedDocument, Entity } from './types';

/** Two entities found in the same sentences: `source` appears before `target` where they are linked. */
export interface Cooccurrence {
  /** Indices into the entity list given to `cooccurrences`. */
  source: number;
  target: number;
  /** Number of sentences where both occur. */
  weight: number;
  /** The most frequent linking word (ties: first sentence), or null. */
  word: string | null;
}

interface Occurrence {
  entity: number;
  tokenStart: number;
  tokenEnd: number;
}

interface PairRecord {
  low: number;
  high: number;
  weight: number;
  /** Did `low` come first in the first sentence where they met? */
  lowFirst: boolean;
  /** Linking word → how often, and the direction of its first sentence; insertion order = first seen. */
  words: Map<string, { count: number; lowFirst: boolean }>;
}

/**
 * Co-occurrences of the given entities (`allMentions`: every mention of the document, shown or
 * not, in text order), sentence by sentence, so the work is the sum over
 * sentences of (mentions in the sentence)², never (mentions in the document)². In each sentence
 * a pair is read at its closest two mentions (fewest tokens between; ties: the earliest).
 * Returned in the order pairs were first met (sentence order, then position in the sentence).
 */
export function cooccurrences(
  doc: AnalyzedDocument,
  entities: readonly Entity<LocatedMention>[],
  allMentions: readonly LocatedMention[],
): Cooccurrence[] {
  const bySentence = occurrencesBySentence(doc.sentences.length, entities);
  const mentionsOf = mentionsBySentence(allMentions);
  const pairs = new Map<number, PairRecord>();
  const n = entities.length;
  bySentence.forEach((occurrences, sentenceIndex) => {
    if (occurrences.length < 2) return;
    occurrences.sort((a, b) => a.tokenStart - b.tokenStart);
    const sentence = doc.sentences[sentenceIndex];
    const inEntity = sentence.pos === undefined ? new Uint8Array(0) : entityTokens(sentence.tags.length, mentionsOf.get(sentenceIndex) ?? []);
    for (const [pairKey, [first, second]] of closestPairs(occurrences, n)) {
      const low = Math.min(first.entity, second.entity);
      const lowFirst = first.entity === low;
      let record = pairs.get(pairKey);
      if (record === undefined) {
        record = { low, high: Math.max(first.entity, second.entity), weight: 0, lowFirst, words: new Map() };
        pairs.set(pairKey, record);
      }
      record.weight += 1;
      const word = linkingWord(sentence, first.tokenEnd, second.tokenStart, inEntity);
      if (word !== null) {
        const seen = record.words.get(word);
        if (seen === undefined) record.words.set(word, { count: 1, lowFirst });
        else seen.count += 1;
      }
    }
  });
  return [...pairs.values()].map(toCooccurrence);
}

function occurrencesBySentence(sentenceCount: number, entities: readonly Entity<LocatedMention>[]): Occurrence[][] {
  const bySentence: Occurrence[][] = Array.from({ length: sentenceCount }, () => []);
  entities.forEach((entity, index) => {
    for (const mention of entity.mentions) {
      bySentence[mention.sentence].push({ entity: index, tokenStart: mention.tokenStart, tokenEnd: mention.tokenEnd });
    }
  });
  return bySentence;
}

/** Each pair of distinct entities of a sentence → its closest mentions, in text order. */
function closestPairs(occurrences: readonly Occurrence[], n: number): Map<number, [Occurrence, Occurrence]> {
  const best = new Map<number, { gap: number; pair: [Occurrence, Occurrence] }>();
  for (let i = 0; i < occurrences.length; i++) {
    for (let j = i + 1; j < occurrences.length; j++) {
      const a = occurrences[i];
      const b = occurrences[j];
      if (a.entity === b.entity) continue;
      const key = Math.min(a.entity, b.entity) * n + Math.max(a.entity, b.entity);
      const gap = b.tokenStart - a.tokenEnd;
      const current = best.get(key);
      if (current === undefined || gap < current.gap) best.set(key, { gap, pair: [a, b] });
    }
  }
  const pairs = new Map<number, [Occurrence, Occurrence]>();
  for (const [key, { pair }] of best) pairs.set(key, pair);
  return pairs;
}

/** 1 for tokens inside any entity, shown or not: another entity's name is no linking word. */
function entityTokens(tokens: number, mentions: readonly LocatedMention[]): Uint8Array {
  const covered = new Uint8Array(tokens);
  for (const mention of mentions) covered.fill(1, mention.tokenStart, mention.tokenEnd);
  return covered;
}

function mentionsBySentence(mentions: readonly LocatedMention[]): Map<number, LocatedMention[]> {
  const bySentence = new Map<number, LocatedMention[]>();
  for (const mention of mentions) {
    const list = bySentence.get(mention.sentence);
    if (list === undefined) bySentence.set(mention.sentence, [mention]);
    else list.push(mention);
  }
  return bySentence;
}

function toCooccurrence(record: PairRecord): Cooccurrence {
  let word: string | null = null;
  let lowFirst = record.lowFirst;
  let bestCount = 0;
  for (const [candidate, { count, lowFirst: direction }] of record.words) {
    if (count > bestCount) {
      word = candidate;
      bestCount = count;
      lowFirst = direction;
    }
  }
  return {
    source: lowFirst ? record.low : record.high,
    target: lowFirst ? record.high : record.low,
    weight: record.weight,
    word,
  };
}
