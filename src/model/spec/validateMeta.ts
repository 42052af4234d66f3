import { encoderNames, type ArchitectureConfig } from './architecture';
import { FEATURE_ATTRS, type FeatureConfig } from './features';
import { MODEL_FORMAT, type ModelMeta } from './meta';

export type MetaValidation = { ok: true; meta: ModelMeta } | { ok: false; error: string };

type Check = (value: unknown) => string | undefined;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');
const isPositiveInt = (value: unknown): value is number => Number.isInteger(value) && (value as number) > 0;

const checkFeatures: Check = (value) => {
  if (!isRecord(value)) return 'features must be an object';
  const features = value as Partial<FeatureConfig>;
  const known: readonly string[] = FEATURE_ATTRS;
  const attrs = features.attrs;
  if (!isStringArray(attrs) || attrs.length === 0 || !attrs.every((a, i) => known.includes(a) && attrs.indexOf(a) === i)) {
    return `features.attrs must list some of ${known.join(', ')}, each once`;
  }
  if (!Array.isArray(features.rows) || features.rows.length !== attrs.length || !features.rows.every(isPositiveInt)) {
    return 'features.rows must give a positive row count per attribute';
  }
  if (!isPositiveInt(features.seeds) || !isPositiveInt(features.prefixLength) || !isPositiveInt(features.suffixLength)) {
    return 'features.seeds, prefixLength and suffixLength must be positive integers';
  }
  return undefined;
};

const checkArchitecture: Check = (value) => {
  if (!isRecord(value)) return 'architecture must be an object';
  const arch = value as Partial<ArchitectureConfig>;
  if (arch.name !== 'ner-tagger.v1') return `architecture.name "${String(arch.name)}" is unknown (expected "ner-tagger.v1")`;
  if (!isPositiveInt(arch.width) || !isPositiveInt(arch.embedPieces)) return 'architecture.width and embedPieces must be positive integers';
  if (arch.head !== 'softmax' && arch.head !== 'crf') return 'architecture.head must be "softmax" or "crf"';
  if (typeof arch.dropout !== 'number' || arch.dropout < 0 || arch.dropout >= 1) return 'architecture.dropout must be in [0, 1)';
  const encoder = arch.encoder as Record<string, unknown> | undefined;
  if (!isRecord(encoder) || !encoderNames.includes(encoder.name as never)) {
    return `architecture.encoder.name must be one of ${encoderNames.join(', ')}`;
  }
  if (encoder.name === 'cnn') {
    if (![encoder.depth, encoder.pieces].every(isPositiveInt) || !Number.isInteger(encoder.window)) return 'cnn encoder needs integer depth, window and pieces';
    if (!Array.isArray(encoder.dilations) || encoder.dilations.length !== encoder.depth || !encoder.dilations.every(isPositiveInt)) {
      return 'cnn encoder needs one positive dilation per layer';
    }
  }
  if (encoder.name === 'bilstm' && !isPositiveInt(encoder.layers)) return 'bilstm encoder needs a positive layer count';
  return undefined;
};

/** Tags must be "O" then B-/I- for each label, in that order: the weights' columns follow it. */
const checkTags = (labels: string[], tags: string[]): string | undefined => {
  if (tags[0] !== 'O') return 'tags must start with "O"';
  const expected = new Set(labels.flatMap((label) => [`B-${label}`, `I-${label}`]));
  if (tags.length !== expected.size + 1 || !tags.slice(1).every((tag) => expected.has(tag))) {
    return `tags must be "O" plus B- and I- of each label (labels: ${labels.join(', ')})`;
  }
  return undefined;
};

/**
 * Checks an untrusted meta.json (from a file, a URL, IndexedDB) and says what is wrong, so a
 * foreign or corrupt bundle is rejected before any weight is read.
 */
export function validateMeta(value: unknown): MetaValidation {
  if (!isRecord(value)) return { ok: false, error: 'meta.json is not a JSON object' };
  if (value.format !== MODEL_FORMAT) {
    return { ok: false, error: `meta.json format is "${String(value.format)}", expected "${MODEL_FORMAT}" (not an NER Studio model?)` };
  }
  if (typeof value.name !== 'string' || value.name.trim() === '') return { ok: false, error: 'meta.json needs a name' };
  if (!isStringArray(value.labels)) return { ok: false, error: 'meta.json labels must be a list of strings' };
  if (!isStringArray(value.tags)) return { ok: false, error: 'meta.json tags must be a list of strings' };
  if (value.posTags !== undefined && !isStringArray(value.posTags)) return { ok: false, error: 'meta.json posTags must be a list of strings' };
  if (typeof value.tokenizer !== 'string') return { ok: false, error: 'meta.json needs a tokenizer name' };
  if (value.weightsDtype !== undefined && value.weightsDtype !== 'float32' && value.weightsDtype !== 'float16') {
    return { ok: false, error: 'meta.json weightsDtype must be "float32" or "float16"' };
  }
  for (const [field, check] of [['features', checkFeatures], ['architecture', checkArchitecture]] as const) {
    const problem = check(value[field]);
    if (problem) return { ok: false, error: `meta.json: ${problem}` };
  }
  const tagProblem = checkTags(value.labels, value.tags);
  if (tagProblem) return { ok: false, error: `meta.json: ${tagProblem}` };
  for (const field of ['training', 'metrics'] as const) {
    if (value[field] !== undefined && !isRecord(value[field])) return { ok: false, error: `meta.json ${field} must be an object` };
  }
  return { ok: true, meta: value as unknown as ModelMeta };
}
