/**
 * Turns a hand-corrected draft (the lines of sampleGoldSentences.ts, in its order, each with its
 * spans corrected and `"drop": true` for a line that is not prose) into the stand-off gold set that
 * the repo keeps: article, offsets, SHA-1 and spans, no sentence text (docs/annotation-guidelines.md §7).
 *
 *   nice -n 19 npx tsx bench/topic/goldStandoff.ts --draft /tmp/topic-dev-draft.jsonl --corrected /tmp/topic-dev-corrected.jsonl --out bench/gold/topic-dev-gold.standoff.jsonl
 *
 * The draft gives each sentence's offset in its article; the corrected file must hold the same
 * sentences, in the same order, with the same text.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { goldStandoffToJsonl, sha1Hex, type GoldStandoffRecord } from '../../src/cli/topics';
import type { Draft } from './sampleGoldSentences';

interface Corrected {
  text: string;
  article: string;
  spans: Draft['spans'];
  drop?: boolean;
}

function argValue(name: string): string {
  const k = process.argv.indexOf(name);
  if (k < 0 || !process.argv[k + 1]) throw new Error(`missing ${name} <file>`);
  return process.argv[k + 1];
}

const readLines = <T>(path: string): T[] =>
  readFileSync(resolve(path), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);

const drafts = readLines<Draft>(argValue('--draft'));
const corrected = readLines<Corrected>(argValue('--corrected'));
if (drafts.length !== corrected.length) throw new Error(`${drafts.length} draft lines but ${corrected.length} corrected ones`);
const records: GoldStandoffRecord[] = [];
drafts.forEach((draft, i) => {
  const line = corrected[i];
  if (line.text !== draft.text || line.article !== draft.article) throw new Error(`line ${i + 1}: the corrected sentence is not the draft's`);
  if (line.drop) return;
  const spans = [...line.spans].sort((a, b) => a.start - b.start);
  records.push({ article: draft.article, start: draft.offset, end: draft.offset + draft.text.length, sha1: sha1Hex(draft.text), spans });
});
writeFileSync(resolve(argValue('--out')), goldStandoffToJsonl(records));
console.log(`${records.length} of ${drafts.length} sentences (${drafts.length - records.length} dropped), ${records.reduce((n, r) => n + r.spans.length, 0)} TOPIC spans → ${argValue('--out')}`);
