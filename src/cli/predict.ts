/**
 * npm run predict -- --model <dir> --input <file> [--format text|conll] [--backend wasm|cpu]
 * text: tokenizes each line's sentences with src/core/text and prints `token<TAB>tag<TAB>confidence`
 * lines, a blank line between sentences; conll: reads the first column of a CoNLL file as tokens
 * and prints the same columns.
 */
import { readFile } from 'node:fs/promises';
import { splitSentences } from '../core/text';
import { loadModelFromDirectory } from '../model/node';
import { fail, parseCliArgs, startBackend } from './modelArgs';

const usage = 'npm run predict -- --model <dir> --input <file> [--format text|conll] [--backend wasm|cpu]';
const args = parseCliArgs({ model: { type: 'string' }, input: { type: 'string' }, format: { type: 'string' }, backend: { type: 'string' } }, usage);
if (args.help) {
  console.log(usage);
  process.exit(0);
}
if (!args.model || !args.input) fail(`--model and --input are required\n\n${usage}`);
const format = args.format ?? 'text';
if (format !== 'text' && format !== 'conll') fail(`--format must be text or conll, got "${format}"`);

await startBackend(args.backend);
const model = await loadModelFromDirectory(args.model).catch((error: Error) => fail(`cannot load ${args.model}: ${error.message}`));
const text = await readFile(args.input, 'utf8').catch(() => fail(`cannot read ${args.input}`));

function conllSentences(source: string): string[][] {
  const sentences: string[][] = [];
  let current: string[] = [];
  for (const line of source.split(/\r?\n/)) {
    if (line.trim() === '' || line.startsWith('-DOCSTART-')) {
      if (current.length > 0) sentences.push(current);
      current = [];
    } else current.push(line.split(/\s+/)[0]);
  }
  if (current.length > 0) sentences.push(current);
  return sentences;
}

function textSentences(source: string): string[][] {
  return splitSentences(source)
    .map((sentence) => sentence.tokens.map((token) => token.text))
    .filter((tokens) => tokens.length > 0);
}

const sentences = format === 'conll' ? conllSentences(text) : textSentences(text);
const predictions = await model.predict(sentences);
const lines: string[] = [];
for (const prediction of predictions) {
  prediction.tokens.forEach((token, i) => lines.push(`${token}\t${prediction.tags[i]}\t${prediction.confidence[i].toFixed(3)}`));
  lines.push('');
}
process.stdout.write(lines.join('\n'));
model.dispose();
