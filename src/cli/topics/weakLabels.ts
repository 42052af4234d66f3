/**
 * Weak supervision for TOPIC: a sentence's labels from the lexicon (TOPIC, longest match) and from a
 * teacher model (the other labels). Two kinds of sentence are left out whole:
 *  - those that mention a held-out term: left in, the held-out technology would be taught as `O`,
 *    and the held-out recall would no longer measure generalisation to technologies never seen;
 *  - those where the teacher is unsure of an entity the lexicon does not cover. A news-trained
 *    teacher on technical prose is often unsure (`BERT` as geo, `pandas` as geo); what it is unsure
 *    about is better not taught either way.
 * With the teacher's vocabulary, a word it never learned is not taught as `O` either: such a token
 * outside every lexicon term is left unlabelled (technical prose is full of technologies the lexicon
 * lacks), and so is a teacher entity made only of such words (its label there is a guess from shape:
 * `PCA` as org, `MNIST` as per).
 */
import { frequentWords } from '../../core/clusters';
import { spansToTags } from '../../core/tags';
import type { Sentence, TokenSpan } from '../../core/types';
import type { LexiconEntry, LexiconMatcher } from './lexicon';

/** A teacher's tagging of one sentence: its entities and each token's confidence. */
export interface TeacherOutput {
  tokens: readonly string[];
  spans: readonly TokenSpan[];
  confidence: readonly number[];
}

export type WeakLabel = { sentence: Sentence } | { dropped: 'held-out' | 'teacher-unsure' };

export interface WeakLabeller {
  label(teacher: TeacherOutput): WeakLabel;
}

export interface WeakLabelOptions {
  /** Every token of a kept teacher entity has at least this confidence (0 keeps all). */
  minTeacherConfidence: number;
  /** The teacher's label for time expressions, the one label allowed to start lower-case. */
  timeLabel?: string;
  /** Lower-cased words the teacher learned (seen often enough in its training data). */
  teacherVocabulary?: ReadonlySet<string>;
}

/** The lower-cased words of `sentences` that occur at least `minCount` times: what a model trained on them learned. */
export function wordVocabulary(sentences: readonly Sentence[], minCount: number): Set<string> {
  return new Set(frequentWords(sentences.map((sentence) => sentence.tokens), minCount, Infinity));
}

function overlaps(a: TokenSpan, b: TokenSpan): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * Whether the teacher is sure of an entity: every token at least `minConfidence`, and no name but
 * a time expression starting lower-case.
 */
export function teacherIsSure(teacher: TeacherOutput, span: TokenSpan, minConfidence: number, timeLabel = 'tim'): boolean {
  return (
    teacher.confidence.slice(span.start, span.end).every((c) => c >= minConfidence) &&
    (span.label === timeLabel || /^\p{Lu}/u.test(teacher.tokens[span.start]))
  );
}

/**
 * `matcher` must be built over the whole lexicon, so that a held-out term is found where it is
 * (and a longer seen term containing it still wins); `heldOut` lists the entries set aside.
 * Where a teacher span and a TOPIC span overlap, TOPIC wins: the teacher was never taught it.
 */
export function weakLabeller(matcher: LexiconMatcher, heldOut: readonly LexiconEntry[], options: WeakLabelOptions): WeakLabeller {
  const heldOutSet = new Set(heldOut);
  return {
    label(teacher) {
      const tokens = [...teacher.tokens];
      const matches = matcher.findMatches(tokens);
      if (matches.some((match) => heldOutSet.has(match.entry))) return { dropped: 'held-out' };
      const topics: TokenSpan[] = matches.map(({ start, end, label }) => ({ start, end, label }));
      const vocabulary = options.teacherVocabulary;
      const unfamiliar = tokens.map((token) => vocabulary !== undefined && /\p{L}/u.test(token) && !vocabulary.has(token.toLowerCase()));
      const others = teacher.spans.filter(
        (span) => !topics.some((topic) => overlaps(span, topic)) && !unfamiliar.slice(span.start, span.end).every(Boolean),
      );
      if (!others.every((span) => teacherIsSure(teacher, span, options.minTeacherConfidence, options.timeLabel))) return { dropped: 'teacher-unsure' };
      const labelled = [...topics, ...others];
      const unlabelled = unfamiliar.map((flag, t) => flag && !labelled.some((span) => span.start <= t && t < span.end));
      const sentence: Sentence = { tokens, tags: spansToTags(labelled, tokens.length) };
      return { sentence: unlabelled.includes(true) ? { ...sentence, unlabelled } : sentence };
    },
  };
}
