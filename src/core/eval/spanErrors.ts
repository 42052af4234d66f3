/**
 * What a reader sees of a tagger's mistakes, span by span: every predicted entity that is not
 * exactly a gold entity (a **false highlight**) is put in one class, and so is every gold entity
 * no prediction overlaps. The classes separate boundary errors from type errors, as the
 * conlleval-exact scores (which count both as one false positive and one false negative) cannot.
 */
import type { TokenSpan } from '../types';

export type FalseHighlightKind =
  /** Same tokens as a gold entity, another label. */
  | 'type'
  /** Overlaps a gold entity of the same label, other boundaries. */
  | 'boundary'
  /** Overlaps gold entities, none of its label. */
  | 'boundary+type'
  /** Overlaps no gold entity. */
  | 'spurious';

export const FALSE_HIGHLIGHT_KINDS: readonly FalseHighlightKind[] = ['type', 'boundary', 'boundary+type', 'spurious'];

export interface FalseHighlight {
  span: TokenSpan;
  kind: FalseHighlightKind;
  /** The gold label it is confused with (`type` and `boundary+type`; the first overlapping gold entity). */
  goldLabel?: string;
}

export interface SentenceErrors {
  falseHighlights: FalseHighlight[];
  /** Gold entities that no predicted entity overlaps. */
  missed: TokenSpan[];
}

const overlaps = (a: TokenSpan, b: TokenSpan) => a.start < b.end && b.start < a.end;

/** The errors of one sentence, given its gold and predicted entities (each list disjoint). */
export function sentenceErrors(gold: readonly TokenSpan[], predicted: readonly TokenSpan[]): SentenceErrors {
  const falseHighlights: FalseHighlight[] = [];
  for (const span of predicted) {
    const touching = gold.filter((g) => overlaps(g, span));
    const same = touching.find((g) => g.start === span.start && g.end === span.end);
    if (same && same.label === span.label) continue;
    if (same) falseHighlights.push({ span, kind: 'type', goldLabel: same.label });
    else if (touching.length === 0) falseHighlights.push({ span, kind: 'spurious' });
    else if (touching.some((g) => g.label === span.label)) falseHighlights.push({ span, kind: 'boundary' });
    else falseHighlights.push({ span, kind: 'boundary+type', goldLabel: touching[0].label });
  }
  const missed = gold.filter((g) => !predicted.some((p) => overlaps(g, p)));
  return { falseHighlights, missed };
}
