import { spansToTags, tagsToSpans } from '../tags';
import type { TokenSpan } from '../types';
import { assertDocumentShape } from './documentShape';
import type { AnalyzedDocument, AnalyzedSentence } from './types';

export interface ReconcileOptions {
  /**
   * Also mark occurrences of a reconciled name that the tagger left entirely `O` (same tokens,
   * same case, overlapping no mention). Off by default: measured on the Medium dev gold set.
   */
  fill?: boolean;
}

/** What reconciliation changed, for a report or a test. */
export interface ReconcileChanges {
  relabelled: number;
  filled: number;
}

interface Occurrence {
  sentence: number;
  span: TokenSpan;
  /** Mean confidence of the tagger in the tags it chose there (1 without confidences). */
  confidence: number;
}

const surface = (sentence: AnalyzedSentence, span: TokenSpan) => sentence.tokens.slice(span.start, span.end).map((t) => t.text).join(' ');

function meanConfidence(sentence: AnalyzedSentence, span: TokenSpan): number {
  if (!sentence.confidence) return 1;
  let sum = 0;
  for (let t = span.start; t < span.end; t++) sum += sentence.confidence[t];
  return sum / (span.end - span.start);
}

/**
 * One name, one label in one document: the mentions of the same surface form (the same tokens,
 * case kept) that the tagger gave different labels all take the label with the largest summed
 * confidence (ties: the label of the first mention). A relabelled mention's tokens get, as their
 * confidence, what the tagger left for every other tag there — 1 − its confidence in the tag it
 * chose — an upper bound on the tagger's own probability of the new label, so the document's
 * vote never reads as more certain than the tagger was. With `fill`, untagged occurrences of a
 * reconciled name are marked too, with 1 − the tagger's confidence in their `O` as confidence.
 * The document is not changed; a new one is returned.
 */
export function reconcileMentions(document: AnalyzedDocument, options: ReconcileOptions = {}): { document: AnalyzedDocument; changes: ReconcileChanges } {
  assertDocumentShape(document);
  const spans = document.sentences.map((sentence) => tagsToSpans(sentence.tags));
  const byForm = new Map<string, Occurrence[]>();
  spans.forEach((sentenceSpans, index) => {
    for (const span of sentenceSpans) {
      const form = surface(document.sentences[index], span);
      const list = byForm.get(form) ?? [];
      list.push({ sentence: index, span, confidence: meanConfidence(document.sentences[index], span) });
      byForm.set(form, list);
    }
  });
  const winners = new Map<string, string>();
  for (const [form, occurrences] of byForm) {
    const votes = new Map<string, number>();
    for (const { span, confidence } of occurrences) votes.set(span.label, (votes.get(span.label) ?? 0) + confidence);
    let winner = occurrences[0].span.label;
    for (const [label, vote] of votes) if (vote > votes.get(winner)!) winner = label;
    winners.set(form, winner);
  }
  const changes: ReconcileChanges = { relabelled: 0, filled: 0 };
  const confidences = document.sentences.map((sentence) => sentence.confidence?.slice());
  const newSpans = spans.map((sentenceSpans, index) =>
    sentenceSpans.map((span) => {
      const winner = winners.get(surface(document.sentences[index], span))!;
      if (winner === span.label) return span;
      changes.relabelled += 1;
      const own = confidences[index];
      if (own) for (let t = span.start; t < span.end; t++) own[t] = 1 - own[t];
      return { ...span, label: winner };
    }),
  );
  if (options.fill) fillUntagged(document, newSpans, winners, confidences, changes);
  const sentences = document.sentences.map((sentence, index) => {
    const tags = spansToTags(newSpans[index], sentence.tokens.length);
    const confidence = confidences[index];
    return { ...sentence, tags, ...(confidence ? { confidence } : {}) };
  });
  return { document: { ...document, sentences }, changes };
}

/** Marks each all-`O`, mention-free occurrence of a name in `winners` (longest names first). */
function fillUntagged(
  document: AnalyzedDocument,
  spans: TokenSpan[][],
  winners: ReadonlyMap<string, string>,
  confidences: (number[] | undefined)[],
  changes: ReconcileChanges,
): void {
  const names = [...winners.keys()].map((form) => ({ form, words: form.split(' ') })).sort((a, b) => b.words.length - a.words.length);
  document.sentences.forEach((sentence, index) => {
    const taken = new Array<boolean>(sentence.tokens.length).fill(false);
    for (const span of spans[index]) taken.fill(true, span.start, span.end);
    for (const { form, words } of names) {
      for (let start = 0; start + words.length <= sentence.tokens.length; start++) {
        const end = start + words.length;
        if (taken.slice(start, end).some(Boolean)) continue;
        if (!words.every((word, i) => sentence.tokens[start + i].text === word)) continue;
        spans[index].push({ start, end, label: winners.get(form)! });
        taken.fill(true, start, end);
        changes.filled += 1;
        const own = confidences[index];
        if (own) for (let t = start; t < end; t++) own[t] = 1 - own[t];
      }
    }
    spans[index].sort((a, b) => a.start - b.start);
  });
}
