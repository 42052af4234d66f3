/**
 * The tags a reader of the app sees on the gold sentences: each article of a Medium set analysed
 * whole, as the app analyses a pasted text (`analyzeText`, then `analyzeDocument` with the given
 * options: code left out, document consistency, the casing cue), then each gold sentence's tokens
 * read off the article's tokens by character offsets.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { analyzeDocument, type AnalyzeDocumentOptions, type DocumentAdjustments } from '../core/analysis';
import { repairIob2 } from '../core/tags';
import { parseGoldStandoff } from './topics';
import { analyzeText, type NerModel } from '../model';
import { MEDIUM_SETS, type MediumSetName } from './mediumGold';
import type { GoldTextSentence } from './topicGold';

export async function documentPredictedTags(
  model: NerModel,
  set: MediumSetName,
  gold: readonly GoldTextSentence[],
  articlesDir: string,
  options: AnalyzeDocumentOptions,
): Promise<{ tags: string[][]; changes: DocumentAdjustments; articles: number }> {
  const { records } = parseGoldStandoff(await readFile(MEDIUM_SETS[set], 'utf8'));
  if (records.length !== gold.length) throw new Error(`the ${set} set has ${records.length} records but ${gold.length} resolved sentences`);
  const byArticle = new Map<string, number[]>();
  records.forEach((record, i) => byArticle.set(record.article, [...(byArticle.get(record.article) ?? []), i]));
  const tags: string[][] = gold.map((s) => s.tokens.map(() => 'O'));
  const changes: DocumentAdjustments = { relabelled: 0, filled: 0, casingDropped: 0, questionWordsTrimmed: 0, bareNumbersDropped: 0 };
  for (const [article, indices] of byArticle) {
    const text = await readFile(resolve(articlesDir, article), 'utf8');
    const { document, adjustments } = analyzeDocument(await analyzeText(model, text), options);
    for (const key of Object.keys(changes) as (keyof DocumentAdjustments)[]) changes[key] += adjustments[key];
    const tagAt = new Map<string, string>();
    for (const sentence of document.sentences) sentence.tokens.forEach((token, t) => tagAt.set(`${token.start}:${token.end}`, sentence.tags[t]));
    for (const i of indices) {
      const { start } = records[i];
      if (text.slice(start, records[i].end) !== gold[i].text) throw new Error(`${article} ${start}–${records[i].end}: the gold sentence does not match the article`);
      // A gold token the app tokenised differently reads as O (a miss, never a false highlight).
      tags[i] = repairIob2(gold[i].offsets.map(([from, to]) => tagAt.get(`${start + from}:${start + to}`) ?? 'O'));
    }
  }
  return { tags, changes, articles: byArticle.size };
}
