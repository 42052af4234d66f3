/**
 * What a reader sees of an article, cut into the units an annotator reads: every sentence of every
 * paragraph, headings included (a heading is a paragraph of one short sentence without final
 * punctuation), code left out. `drawUnits` samples them reproducibly, over-representing the
 * **hard** ones — headings and sentences with a capitalised word that is not sentence-initial —
 * where a tagger's precision is tested (Title Case phrases, names, products).
 */
import { mulberry32, shuffled } from '../random';
import { paragraphRanges, splitSentences, tokenize } from '../text';
import { looksLikeCode } from '../topics';
import type { Token } from '../types';

export interface ReadingUnit {
  /** Offsets in the article text. */
  start: number;
  end: number;
  /** Tokens with offsets into the unit's own text. */
  tokens: Token[];
  heading: boolean;
  /** A token after the first starts with a capital letter (the pronoun `I` aside). */
  capitalised: boolean;
}

const MAX_WORDS = 80;
const MAX_HEADING_WORDS = 12;

export function readingUnits(text: string): ReadingUnit[] {
  const units: ReadingUnit[] = [];
  for (const paragraph of paragraphRanges(text)) {
    const body = text.slice(paragraph.start, paragraph.end);
    const sentences = splitSentences(body);
    for (const sentence of sentences) {
      const unitText = body.slice(sentence.start, sentence.end);
      if (unitText.includes('\n') || !/\p{L}/u.test(unitText) || looksLikeCode(unitText)) continue;
      const tokens = tokenize(unitText);
      if (tokens.length === 0 || tokens.length > MAX_WORDS) continue;
      const heading = sentences.length === 1 && tokens.length <= MAX_HEADING_WORDS && !/[.!?:;,]["'”’)]*$/.test(unitText);
      const capitalised = tokens.slice(1).some((token) => /^\p{Lu}/u.test(token.text) && token.text !== 'I');
      units.push({ start: paragraph.start + sentence.start, end: paragraph.start + sentence.end, tokens, heading, capitalised });
    }
  }
  return units;
}

export const isHardUnit = (unit: ReadingUnit) => unit.heading || unit.capitalised;

export interface DrawOptions {
  count: number;
  /** The share of `count` drawn from the hard units (the rest from the others). */
  hardShare: number;
  /** At most this many units from one article. */
  perArticle: number;
  seed: number;
}

export interface DrawnUnit {
  article: number;
  unit: number;
}

/**
 * `count` units (fewer if there are not enough), `hardShare` of them hard: each pool is shuffled
 * with mulberry32(`seed`) and taken in that order, skipping articles that already gave
 * `perArticle`; a pool that runs out is made up from the other. Returned in article order.
 */
export function drawUnits(articles: readonly (readonly ReadingUnit[])[], options: DrawOptions): DrawnUnit[] {
  const random = mulberry32(options.seed);
  const all = articles.flatMap((units, article) => units.map((u, unit) => ({ article, unit, hard: isHardUnit(u) })));
  const hard = shuffled(all.filter((u) => u.hard), random);
  const easy = shuffled(all.filter((u) => !u.hard), random);
  const fromArticle = new Map<number, number>();
  const taken = new Set<DrawnUnit>();
  const take = (pool: readonly DrawnUnit[], limit: number) => {
    for (const candidate of pool) {
      if (taken.size >= limit) return;
      const used = fromArticle.get(candidate.article) ?? 0;
      if (taken.has(candidate) || used >= options.perArticle) continue;
      fromArticle.set(candidate.article, used + 1);
      taken.add(candidate);
    }
  };
  take(hard, Math.round(options.count * options.hardShare));
  take(easy, options.count);
  take(hard, options.count);
  return [...taken].map(({ article, unit }) => ({ article, unit })).sort((a, b) => a.article - b.article || a.unit - b.unit);
}
