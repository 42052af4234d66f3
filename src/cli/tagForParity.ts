/**
 * npx tsx src/cli/tagForParity.ts --model <dir|.zip> --input <sentences.json> --out <result.json> [--backend cpu|wasm]
 * The Node/tfjs side of the cross-runtime parity test (scale/tests/test_parity.py): loads a bundle
 * with loadModelFromDirectory (a folder) or modelFromZip (a .zip, as Models → Import reads it), tags the sentences (a JSON list of token lists) as the app does, and
 * writes each sentence's tags, confidences and entity emission scores for the PyTorch side to compare.
 */
import { readFile, writeFile } from 'node:fs/promises';
import * as tf from '@tensorflow/tfjs';
import { modelFromZip } from '../model';
import { loadModelFromDirectory } from '../model/node';
import { encodeBatch, inferenceContext, taggerOf } from '../model/parity.testing';
import { fail, parseCliArgs, startBackend } from './modelArgs';

const usage = 'npx tsx src/cli/tagForParity.ts --model <dir|.zip> --input <sentences.json> --out <result.json> [--backend cpu|wasm]';
const args = parseCliArgs({ model: { type: 'string' }, input: { type: 'string' }, out: { type: 'string' }, backend: { type: 'string' } }, usage);
if (!args.model || !args.input || !args.out) fail(`--model, --input and --out are required\n\n${usage}`);

const sentences = JSON.parse(await readFile(args.input, 'utf8')) as unknown;
if (!Array.isArray(sentences) || !sentences.every((s) => Array.isArray(s) && s.length > 0 && s.every((t) => typeof t === 'string'))) {
  fail(`${args.input} must hold a JSON list of non-empty token lists`);
}
await startBackend(args.backend ?? 'cpu');
const modelPath = args.model;
const load = modelPath.endsWith('.zip') ? async () => modelFromZip(new Uint8Array(await readFile(modelPath))) : () => loadModelFromDirectory(modelPath);
const model = await load().catch((error: Error) => fail(`cannot load ${modelPath}: ${error.message}`));
const predictions = await model.predict(sentences as string[][]);
const tagger = taggerOf(model);

/** Emission scores of one sentence through the network's training-path forward (no dropout). */
function emissionsOf(tokens: string[]): number[][] {
  const batch = encodeBatch([tokens], tagger.meta.features, tagger.featurizer);
  const scores = tf.tidy(() => tagger.forward(batch, inferenceContext).emissions);
  const values = scores.arraySync()[0];
  scores.dispose();
  return values;
}

const result = (sentences as string[][]).map((tokens, i) => ({
  tags: predictions[i].tags,
  confidence: predictions[i].confidence,
  pos: predictions[i].pos ?? null,
  emissions: emissionsOf(tokens),
}));
model.dispose();
await writeFile(args.out, JSON.stringify(result));
