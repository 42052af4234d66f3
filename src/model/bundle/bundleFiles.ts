import * as tf from '@tensorflow/tfjs';
import { formatClusterTable, parseClusterTable, type WordClusters } from '../../core/clusters';
import { clusterTableProblem, usesWordClusters } from '../features';
import { modelOf, taggerOf, type NerModel } from '../model';
import { networkParams } from '../architectures/network';
import { sizesOf, Tagger } from '../tagger';
import { encodeFloat16 } from './float16';
import { validateMeta, type FeatureConfig, type ModelMeta } from '../spec';

/** A bundle as named files: meta.json, model.json, the weight file(s) model.json lists and, when its features use them, clusters.txt. */
export type BundleFiles = Record<string, Uint8Array>;

export interface SaveOptions {
  /** Store weights as float16 (half the bytes; tfjs dequantizes on load). */
  float16?: boolean;
}

/** An empty BundleFiles: file names are untrusted (a zip entry may be named `__proto__`). */
export function emptyBundleFiles(): BundleFiles {
  return Object.create(null) as BundleFiles;
}

/** The file named `name` (a name model.json gives, e.g. "constructor", never finds Object's members). */
export function bundleFile(files: BundleFiles, name: string): Uint8Array | undefined {
  const bytes: unknown = Object.hasOwn(files, name) ? files[name] : undefined;
  return bytes instanceof Uint8Array ? bytes : undefined;
}

export const WEIGHTS_FILE = 'weights.bin';
export const CLUSTERS_FILE = 'clusters.txt';

/** A bundle that cannot be loaded, with a reason a user can act on. */
export class BundleError extends Error {
  override name = 'BundleError';
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * model.json in the tfjs weights-manifest format (`weightsManifest` + `.bin`, readable by
 * tf.io.loadWeights / decodeWeights); `modelTopology` names our network config instead of a
 * Keras layer graph, because the custom-gradient ops and the CRF have no Keras layer.
 */
export async function modelToFiles(model: NerModel, options: SaveOptions = {}): Promise<BundleFiles> {
  const tagger = taggerOf(model);
  const meta: ModelMeta = { ...tagger.meta, weightsDtype: options.float16 ? 'float16' : 'float32' };
  const entries: tf.io.WeightsManifestEntry[] = [];
  const chunks: Uint8Array[] = [];
  for (const spec of tagger.specs) {
    const values = (await tagger.params.get(spec.name)!.data()) as Float32Array;
    if (options.float16) {
      entries.push({ name: spec.name, shape: spec.shape, dtype: 'float32', quantization: { dtype: 'float16' } });
      chunks.push(new Uint8Array(encodeFloat16(values).buffer));
    } else {
      entries.push({ name: spec.name, shape: spec.shape, dtype: 'float32' });
      chunks.push(new Uint8Array(values.buffer.slice(values.byteOffset, values.byteOffset + values.byteLength)));
    }
  }
  const modelJson = {
    format: 'ner-studio-tagger',
    generatedBy: 'NER Studio',
    convertedBy: null,
    modelTopology: { class_name: 'NerStudioTagger', config: { architecture: meta.architecture, features: meta.features, tags: meta.tags, posTags: meta.posTags } },
    weightsManifest: [{ paths: [WEIGHTS_FILE], weights: entries }],
  };
  return {
    'meta.json': encoder.encode(JSON.stringify(meta, null, 2)),
    'model.json': encoder.encode(JSON.stringify(modelJson)),
    [WEIGHTS_FILE]: concatBytes(chunks),
    ...(tagger.clusters ? { [CLUSTERS_FILE]: encoder.encode(formatClusterTable(tagger.clusters)) } : {}),
  };
}

function concatBytes(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((sum, c) => sum + c.byteLength, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

function parseJson(files: BundleFiles, name: string): unknown {
  const bytes = bundleFile(files, name);
  if (!bytes) throw new BundleError(`the bundle has no ${name}`);
  try {
    return JSON.parse(decoder.decode(bytes));
  } catch {
    throw new BundleError(`${name} is not valid JSON`);
  }
}

/**
 * Validated meta and manifest of a bundle; every check runs before a tensor exists. `paths`: the
 * weight files; `otherFiles`: the other files a loader must fetch (the cluster table).
 */
export function readManifest(files: BundleFiles): { meta: ModelMeta; paths: string[]; otherFiles: string[]; entries: tf.io.WeightsManifestEntry[] } {
  const validation = validateMeta(parseJson(files, 'meta.json'));
  if (!validation.ok) throw new BundleError(validation.error);
  const modelJson = parseJson(files, 'model.json') as { weightsManifest?: tf.io.WeightsManifestConfig };
  const groups = modelJson.weightsManifest;
  if (!Array.isArray(groups) || !groups.every((g) => Array.isArray(g?.paths) && Array.isArray(g?.weights))) {
    throw new BundleError('model.json has no valid weightsManifest');
  }
  const entries = groups.flatMap((g) => g.weights);
  const byName = new Map(entries.map((e) => [e.name, e]));
  for (const spec of networkParams(validation.meta.architecture, sizesOf(validation.meta))) {
    const entry = byName.get(spec.name);
    if (!entry) throw new BundleError(`model.json lists no weight "${spec.name}" that the architecture in meta.json needs`);
    if (!tf.util.arraysEqual(entry.shape, spec.shape)) {
      throw new BundleError(`weight "${spec.name}" has shape [${entry.shape}] in model.json, meta.json implies [${spec.shape}]`);
    }
  }
  const otherFiles = usesWordClusters(validation.meta.features) ? [CLUSTERS_FILE] : [];
  const paths = groups.flatMap((g) => g.paths);
  // Paths are read beside model.json (a folder, a URL, a zip): one that leaves it is refused before any read.
  for (const path of paths) {
    if (typeof path !== 'string' || path.includes('..') || path.startsWith('/') || path.includes('\\') || /^[a-z]+:/i.test(path)) {
      throw new BundleError(`model.json names an unsafe weight path ${JSON.stringify(path)}`);
    }
  }
  return { meta: validation.meta, paths, otherFiles, entries };
}

function entryBytes(entry: tf.io.WeightsManifestEntry): number {
  const size = entry.shape.reduce((a, b) => a * b, 1);
  const quantized = entry.quantization?.dtype;
  return size * (quantized === 'float16' || quantized === 'uint16' ? 2 : quantized === 'uint8' ? 1 : 4);
}

function readClusters(files: BundleFiles, features: FeatureConfig): WordClusters {
  const bytes = bundleFile(files, CLUSTERS_FILE);
  if (!bytes) throw new BundleError(`the bundle has no ${CLUSTERS_FILE}, and its features use word clusters`);
  const parsed = parseClusterTable(decoder.decode(bytes));
  if (!parsed.ok) throw new BundleError(`${CLUSTERS_FILE}, ${parsed.error}`);
  const problem = clusterTableProblem(features, parsed.clusters);
  if (problem) throw new BundleError(`${CLUSTERS_FILE}: ${problem}`);
  return parsed.clusters;
}

/** A model from bundle files; throws BundleError (and creates nothing) when anything is off. */
export function modelFromFiles(files: BundleFiles): NerModel {
  const { meta, paths, otherFiles, entries } = readManifest(files);
  const clusters = otherFiles.includes(CLUSTERS_FILE) ? readClusters(files, meta.features) : undefined;
  const missing = paths.find((path) => typeof path !== 'string' || !bundleFile(files, path));
  if (missing !== undefined) throw new BundleError(`the bundle has no weight file ${String(missing)}`);
  const weights = concatBytes(paths.map((path) => bundleFile(files, path)!));
  const expected = entries.reduce((sum, entry) => sum + entryBytes(entry), 0);
  if (weights.byteLength !== expected) {
    throw new BundleError(`weight files hold ${weights.byteLength} bytes, model.json describes ${expected} (truncated or corrupt download?)`);
  }
  const tensors = tf.io.decodeWeights(weights.slice().buffer as ArrayBuffer, entries);
  try {
    for (const [name, tensor] of Object.entries(tensors)) {
      if (!(tensor.dataSync() as Float32Array).every(Number.isFinite)) throw new BundleError(`weight "${name}" holds NaN or infinite values`);
    }
    return modelOf(Tagger.fromTensors(meta, tensors, clusters));
  } finally {
    tf.dispose(Object.values(tensors));
  }
}
