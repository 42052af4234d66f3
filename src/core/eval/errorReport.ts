/**
 * The figures a reader feels, over a tagged corpus: conlleval-exact scores, the false highlights
 * (every predicted entity that is not exactly a gold one) by kind and per 1,000 words, the gold
 * entities nobody highlighted, and the most frequent false highlights by surface form.
 */
import { tagsToSpans } from '../tags';
import type { EntityScores } from './entityScores';
import { scoreEntities } from './entityScorer';
import { FALSE_HIGHLIGHT_KINDS, sentenceErrors, type FalseHighlightKind } from './spanErrors';

export interface FrequentFalseHighlight {
  text: string;
  label: string;
  kind: FalseHighlightKind;
  /** What gold says it is (for type errors), or `O`/`-` where nothing or several things are there. */
  gold: string;
  count: number;
}

export interface ErrorReport {
  scores: EntityScores;
  /** Tokens with a letter or a digit in them. */
  words: number;
  falseHighlights: {
    total: number;
    perThousandWords: number;
    byKind: Record<FalseHighlightKind, number>;
    /** By predicted label. */
    byLabel: Record<string, number>;
  };
  /** Gold entities that no predicted entity overlaps, by gold label. */
  missed: Record<string, number>;
  mostFrequent: FrequentFalseHighlight[];
}

const isWord = (token: string) => /[\p{L}\p{N}]/u.test(token);

export function errorReport(
  gold: readonly { tokens: readonly string[]; tags: readonly string[] }[],
  predicted: readonly (readonly string[])[],
  options: { top: number } = { top: 20 },
): ErrorReport {
  const scores = scoreEntities(gold.map((s) => s.tags), predicted);
  const byKind = Object.fromEntries(FALSE_HIGHLIGHT_KINDS.map((kind) => [kind, 0])) as Record<FalseHighlightKind, number>;
  const byLabel = new Map<string, number>();
  const missed = new Map<string, number>();
  const frequent = new Map<string, FrequentFalseHighlight>();
  let words = 0;
  let total = 0;
  gold.forEach((sentence, i) => {
    words += sentence.tokens.filter(isWord).length;
    const errors = sentenceErrors(tagsToSpans(sentence.tags), tagsToSpans(predicted[i]));
    for (const { span, kind, goldLabel } of errors.falseHighlights) {
      total++;
      byKind[kind]++;
      byLabel.set(span.label, (byLabel.get(span.label) ?? 0) + 1);
      const text = sentence.tokens.slice(span.start, span.end).join(' ');
      const key = JSON.stringify([text, span.label, kind]);
      const entry = frequent.get(key) ?? { text, label: span.label, kind, gold: goldLabel ?? (kind === 'spurious' ? 'O' : '-'), count: 0 };
      entry.count++;
      frequent.set(key, entry);
    }
    for (const span of errors.missed) missed.set(span.label, (missed.get(span.label) ?? 0) + 1);
  });
  const sortedRecord = (map: ReadonlyMap<string, number>) => Object.fromEntries([...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return {
    scores,
    words,
    falseHighlights: { total, perThousandWords: words > 0 ? (total * 1000) / words : 0, byKind, byLabel: sortedRecord(byLabel) },
    missed: sortedRecord(missed),
    mostFrequent: [...frequent.values()].sort((a, b) => b.count - a.count || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0)).slice(0, options.top),
  };
}
