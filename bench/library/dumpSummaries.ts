/**
 * tsx bench/library/dumpSummaries.ts <out.json> — the Medium articles analysed in Node (wasm) with
 * the shipped model, in the bulk import's batches, kept as the library keeps them (file name,
 * title, entities, tags, words; no text), for ranking experiments without a browser. Write the
 * file outside the repository: entities are cut from the articles' text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { articleTitle, type ArticleSummary } from '../../src/core/library';
import { analyzeArticles } from '../../src/engine/articleAnalysis';
import { setBackend } from '../../src/model';
import { loadModelFromDirectory } from '../../src/model/node';

const ARTICLES_DIR = path.resolve(import.meta.dirname, '../../../shared/data/medium/articles');
const out = process.argv[2];
if (!out) throw new Error('usage: tsx bench/library/dumpSummaries.ts <out.json>');

await setBackend('wasm');
const model = await loadModelFromDirectory(path.resolve(import.meta.dirname, '../../public/models/default'));
const files = readdirSync(ARTICLES_DIR).filter((name) => name.endsWith('.txt')).sort();
const summaries: (Pick<ArticleSummary, 'id' | 'fileName' | 'title' | 'entities' | 'tags' | 'words'>)[] = [];
const started = Date.now();
for (let i = 0; i < files.length; i += 16) {
  const batch = files.slice(i, i + 16);
  const texts = batch.map((name) => readFileSync(path.join(ARTICLES_DIR, name), 'utf8'));
  const analyses = await analyzeArticles(model, texts);
  batch.forEach((fileName, j) => {
    const { entities, tags, words } = analyses[j];
    summaries.push({ id: fileName, fileName, title: articleTitle(texts[j], fileName), entities, tags, words });
  });
  if (i % 160 === 0) console.log(`${i + batch.length} / ${files.length} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}
await writeFile(out, JSON.stringify(summaries));
console.log(`wrote ${summaries.length} summaries to ${out}`);
model.dispose();
