/**
 * Sentence-boundary F1 of `splitSentences` on UD English-EWT (CoNLL-U).
 *
 *   npm run eval:sentences [-- --data path/to/en_ewt-ud-dev.conllu] [--out bench/results/sentences.json]
 *
 * Each document's `# text` lines are joined with one space (a blank line where `# newpar` starts a
 * paragraph), so boundaries must be found from the text alone. A boundary is a sentence's end offset;
 * each document's final end is left out, since every splitter gets it for free.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { splitSentences } from '../core/text';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

// A sentence ending in `.`, `?`, `!` or `…`, possibly followed by closing quotes, brackets or an emoticon.
const PUNCTUATED_END = /[.?!…]["'”’)\]]*(?:\s*(?:[:;=]-?[()DPp]|\p{Extended_Pictographic}))?$/u;

interface EvalDocument {
  id: string;
  text: string;
  goldEnds: number[];
}

function argValue(name: string, fallback: string): string {
  const k = process.argv.indexOf(name);
  return k >= 0 && process.argv[k + 1] ? process.argv[k + 1] : fallback;
}

/** Groups `# text` lines into documents (by `# newdoc id`, else by the sent_id prefix). */
function readDocuments(conllu: string): EvalDocument[] {
  const docs: EvalDocument[] = [];
  let current: EvalDocument | undefined;
  let newDoc = false;
  let newPar = false;
  let sentDoc = '';
  for (const line of conllu.split(/\r?\n/)) {
    if (!line.startsWith('#')) continue;
    const m = /^#\s*([\w.-]+)\s*=\s?(.*)$/.exec(line);
    const key = m ? m[1] : line.replace(/^#\s*/, '').trim();
    const value = m ? m[2] : '';
    if (key === 'newdoc' || key === 'newdoc id') newDoc = true;
    else if (key === 'newpar' || key === 'newpar id') newPar = true;
    else if (key === 'sent_id') {
      const docId = value.replace(/-\d+$/, '');
      if (current && docId !== sentDoc && !newDoc) newDoc = true;
      sentDoc = docId;
    } else if (key === 'text') {
      if (newDoc || !current) {
        current = { id: sentDoc, text: '', goldEnds: [] };
        docs.push(current);
      } else {
        current.text += newPar ? '\n\n' : ' ';
      }
      current.text += value;
      current.goldEnds.push(current.text.length);
      newDoc = false;
      newPar = false;
    }
  }
  return docs;
}

function main(): void {
  const dataPath = resolve(repoRoot, argValue('--data', '../shared/data/ud-ewt/en_ewt-ud-dev.conllu'));
  const outPath = resolve(repoRoot, argValue('--out', 'bench/results/sentences.json'));
  const docs = readDocuments(readFileSync(dataPath, 'utf8'));
  let tp = 0;
  let gold = 0;
  let predicted = 0;
  let goldPunctuated = 0;
  let tpPunctuated = 0;
  let goldSentences = 0;
  let predictedSentences = 0;
  const started = performance.now();
  for (const doc of docs) {
    const ends = splitSentences(doc.text).map((s) => s.end);
    goldSentences += doc.goldEnds.length;
    predictedSentences += ends.length;
    const goldSet = new Set(doc.goldEnds.slice(0, -1));
    const predictedSet = new Set(ends.slice(0, -1));
    gold += goldSet.size;
    predicted += predictedSet.size;
    for (const e of predictedSet) if (goldSet.has(e)) tp++;
    for (const e of goldSet) {
      if (!PUNCTUATED_END.test(doc.text.slice(Math.max(0, e - 8), e))) continue;
      goldPunctuated++;
      if (predictedSet.has(e)) tpPunctuated++;
    }
  }
  const seconds = (performance.now() - started) / 1000;
  const precision = predicted ? tp / predicted : 0;
  const recall = gold ? tp / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const round = (x: number): number => Math.round(x * 10000) / 10000;
  const result = {
    precision: round(precision),
    recall: round(recall),
    f1: round(f1),
    documents: docs.length,
    goldSentences,
    predictedSentences,
    // Many EWT sentences (e-mail headers, signatures, list lines) end with no punctuation at all, so
    // once joined with spaces they cannot be found from the text; this is the recall where they can.
    recallAtPunctuatedBoundaries: round(goldPunctuated ? tpPunctuated / goldPunctuated : 0),
    punctuatedGoldBoundaries: goldPunctuated,
    goldBoundaries: gold,
    predictedBoundaries: predicted,
    correctBoundaries: tp,
    boundaries: "sentence end offsets, each document's last end excluded",
    data: relative(repoRoot, dataPath),
    seconds: round(seconds),
    date: new Date().toISOString(),
  };
  mkdirSync(dirname(outPath), { recursive: true });
  writeFileSync(outPath, JSON.stringify(result, null, 2) + '\n');
  console.log(
    `UD-EWT sentence boundaries: precision ${result.precision} recall ${result.recall} F1 ${result.f1} ` +
      `(recall ${result.recallAtPunctuatedBoundaries} where the gold sentence ends in punctuation; ${docs.length} documents, ${goldSentences} gold / ${predictedSentences} predicted sentences) → ${outPath}`,
  );
}

main();
