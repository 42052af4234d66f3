/** Sentences of the validation report whose grammar follows their numbers. */
import { plural } from './format';

/** "3 problems in 2 sentences"; problems of the file itself (its header, its encoding) are in no sentence. */
export function problemsHeading(problems: number, badSentences: number): string {
  return badSentences > 0 ? `${plural(problems, 'problem')} in ${plural(badSentences, 'sentence')}` : `${plural(problems, 'problem')} in the file`;
}

/** "the 1 sentence that has problems" / "the 3 sentences that have problems". */
export function sentencesWithProblems(count: number): string {
  return `the ${plural(count, 'sentence')} that ${count === 1 ? 'has' : 'have'} problems`;
}

/** The POS fact: an all-empty POS column says so instead of "1 distinct POS tag". */
export function posFact(posTags: readonly string[] | null | undefined): string {
  const distinct = (posTags ?? []).filter((tag) => tag.trim() !== '');
  if (distinct.length === 0) return 'the POS column is empty: no part-of-speech tags';
  return `part-of-speech tags present (${plural(distinct.length, 'distinct tag')})`;
}
