import { overlapsRegion } from './codeRegions';
import { labelWeight } from './labelWeights';
import { conceptKey, definedAbbreviations, isJunkTag } from './tagConcepts';
import type { Entity, SuggestedTag, SuggestTagsOptions } from './types';

/** A mention in the title or a heading says more about what the article is about than one in its body. */
const HEADING_BOOST = 1.5;

/** A short paragraph without closing punctuation: the title or a heading. */
function headingRanges(text: string, paragraphs: readonly { start: number; end: number }[]): { start: number; end: number }[] {
  return paragraphs.filter((range) => {
    const body = text.slice(range.start, range.end).trim();
    return body.split(/\s+/).length <= 12 && !/[.!?:;,]$/.test(body) && !body.includes('\n');
  });
}

/**
 * The entities that best characterise a document, as tags, one per concept. An entity scores
 * mention count × label weight (`DEFAULT_LABEL_WEIGHTS`, overridable), × HEADING_BOOST when a
 * mention is in the title or a heading; entities of one concept (same text in any label, any case
 * or plural, or an abbreviation the text defines and its expansion) add up, and the concept is
 * shown as its best-scoring entity. Highest first, ties to the concept seen first; generic words
 * of the field, junk, and concepts scoring 0 or less (a label weighted 0) are never suggested.
 */
export function suggestTags(entities: readonly Entity[], options: SuggestTagsOptions = {}): SuggestedTag[] {
  const limit = options.limit ?? 5;
  const abbreviations = options.text ? definedAbbreviations(options.text) : new Map<string, string>();
  const headings = options.text && options.paragraphs ? headingRanges(options.text, options.paragraphs) : [];
  // Headings are sorted and apart: a binary search each (a linear scan cost 170 ms on a 200,000-word paste).
  const inHeading = (entity: Entity) => entity.mentions.some((m) => overlapsRegion(headings, m.start, m.start + 1));

  const concepts = new Map<string, { best: Entity; bestScore: number; score: number; firstStart: number }>();
  for (const entity of entities) {
    const weight = labelWeight(entity.label, options.labelWeights);
    if (weight <= 0 || isJunkTag(entity.text)) continue;
    const score = entity.count * weight * (inHeading(entity) ? HEADING_BOOST : 1);
    const own = conceptKey(entity.text);
    const key = abbreviations.get(own) ?? own;
    const concept = concepts.get(key);
    if (!concept) concepts.set(key, { best: entity, bestScore: score, score, firstStart: entity.firstStart });
    else {
      concept.score += score;
      concept.firstStart = Math.min(concept.firstStart, entity.firstStart);
      if (score > concept.bestScore) Object.assign(concept, { best: entity, bestScore: score });
    }
  }
  return [...concepts.values()]
    .map((concept) => ({ ...concept, score: roundScore(concept.score) }))
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score || a.firstStart - b.firstStart)
    .slice(0, limit)
    .map(({ best, score }) => ({ text: best.text, label: best.label, score, key: best.key }));
}

/** Rounded to 1e-9 so that equal scores tie: 3 × 0.8 is 2.4000000000000004 in floating point, 2 × 1.2 is 2.4. */
function roundScore(score: number): number {
  return Math.round(score * 1e9) / 1e9;
}
