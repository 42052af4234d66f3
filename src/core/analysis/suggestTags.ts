import { labelWeight } from './labelWeights';
import type { Entity, SuggestedTag, SuggestTagsOptions } from './types';

/**
 * The entities that best characterise a document, as tags: score = mention count × label weight
 * (`DEFAULT_LABEL_WEIGHTS`, overridable), highest first, ties to the entity seen first. A text
 * appears once (case-insensitively: `Apple` the org beats `apple` the per if it scores higher);
 * entities scoring 0 or less (a label weighted 0) are never suggested.
 */
export function suggestTags(entities: readonly Entity[], options: SuggestTagsOptions = {}): SuggestedTag[] {
  const limit = options.limit ?? 5;
  const scored = entities
    .map((entity) => ({ entity, score: roundScore(entity.count * labelWeight(entity.label, options.labelWeights)) }))
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score || a.entity.firstStart - b.entity.firstStart);
  const tags: SuggestedTag[] = [];
  const seen = new Set<string>();
  for (const { entity, score } of scored) {
    if (tags.length >= limit) break;
    const folded = entity.text.toLowerCase();
    if (seen.has(folded)) continue;
    seen.add(folded);
    tags.push({ text: entity.text, label: entity.label, score, key: entity.key });
  }
  return tags;
}

/** Rounded to 1e-9 so that equal scores tie: 3 × 0.8 is 2.4000000000000004 in floating point, 2 × 1.2 is 2.4. */
function roundScore(score: number): number {
  return Math.round(score * 1e9) / 1e9;
}
