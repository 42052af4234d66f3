import { spansToTags } from './spansToTags';
import { tagsToSpans } from './tagsToSpans';

/**
 * Maps each entity's label through `mapping` (IOB2 out): a label mapped to `null`, or missing from
 * the mapping, becomes `O`. Used to score a model on a corpus with other labels, e.g. GMB's
 * `geo` as CoNLL's `LOC`.
 */
export function relabelTags(tags: readonly string[], mapping: Readonly<Record<string, string | null>>): string[] {
  const spans = tagsToSpans(tags).flatMap((span) => {
    const label = Object.hasOwn(mapping, span.label) ? mapping[span.label] : null;
    return label === null ? [] : [{ ...span, label }];
  });
  return spansToTags(spans, tags.length);
}
