/**
 * Fine-tuning on data that lacks some of the base model's labels (a GMB upload has no TOPIC)
 * teaches `O` wherever the base model found those labels, and the model forgets them. So the base
 * model's own predictions of the absent labels become targets where the upload says nothing
 * (all `O`): a hard form of distillation for exactly those labels.
 */
import { parseTagOrOutside } from './parseTag';
import { tagsToSpans } from './tagsToSpans';

export interface KeptLabels {
  tags: string[];
  /** Spans of absent labels written into the tags. */
  kept: number;
}

/**
 * `gold` with each span of `predicted` whose label is not in `uploadLabels` written in, where
 * every token of the span is `O` in `gold` (the upload's own entities always win).
 */
export function keepAbsentLabels(gold: readonly string[], predicted: readonly string[], uploadLabels: ReadonlySet<string>): KeptLabels {
  if (gold.length !== predicted.length) throw new Error(`${gold.length} gold tags for ${predicted.length} predicted tags`);
  const tags = [...gold];
  let kept = 0;
  for (const span of tagsToSpans([...predicted])) {
    if (uploadLabels.has(span.label)) continue;
    let free = true;
    for (let t = span.start; t < span.end && free; t++) free = parseTagOrOutside(gold[t]).prefix === 'O';
    if (!free) continue;
    for (let t = span.start; t < span.end; t++) tags[t] = `${t === span.start ? 'B' : 'I'}-${span.label}`;
    kept += 1;
  }
  return { tags, kept };
}
