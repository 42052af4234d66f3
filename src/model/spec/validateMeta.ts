import { encoderNames } from './architecture';
import { FEATURE_ATTRS } from './features';
import { finiteNumber, isRecord, listOf, nullable, objectOf, optional, recordOf, text, wholeNumber, type FieldCheck } from './fieldChecks';
import { LABEL_RULE, MODEL_LIMITS } from './limits';
import { MODEL_FORMAT, type ModelMeta } from './meta';

export type MetaValidation = { ok: true; meta: ModelMeta } | { ok: false; error: string };

const L = MODEL_LIMITS;
const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');
const isPositiveInt = (value: unknown): value is number => Number.isInteger(value) && (value as number) > 0;

/** Control and bidirectional-text characters: the latter let a name read differently from what it is ("‮lmth.exe"). */
// eslint-disable-next-line no-control-regex -- control characters are what this refuses
const NAME_FORBIDDEN = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
// eslint-disable-next-line no-control-regex -- as above
const NAME_FORBIDDEN_ALL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** `name` without control or text-direction characters (for names taken from file names). */
export function withoutNameControls(name: string): string {
  return name.replace(NAME_FORBIDDEN_ALL, '');
}

/** Why `name` cannot name a model, or undefined when it can. */
export function modelNameProblem(name: unknown, field = 'name'): string | undefined {
  if (typeof name !== 'string' || name.trim() === '') return `${field} must be a non-empty string`;
  if (name.length > L.nameLength) return `${field} must be at most ${L.nameLength} characters`;
  if (NAME_FORBIDDEN.test(name)) return `${field} must not contain control or text-direction characters`;
  return undefined;
}

/** Why `label` cannot be an entity label, or undefined when it can. */
export function labelProblem(label: unknown, field = 'label'): string | undefined {
  if (typeof label !== 'string' || label === '') return `${field} must be a non-empty string`;
  if (label.length > L.labelLength) return `${field} "${label.slice(0, L.labelLength)}…" is longer than ${L.labelLength} characters`;
  if (!LABEL_RULE.test(label)) return `${field} "${label}" must be one word, without spaces or control characters`;
  return undefined;
}

const checkFeatures: FieldCheck = (value, field) => {
  if (!isRecord(value)) return `${field} must be an object`;
  const { attrs, rows } = value;
  const known: readonly string[] = FEATURE_ATTRS;
  if (!isStringArray(attrs) || attrs.length === 0 || !attrs.every((a, i) => known.includes(a) && attrs.indexOf(a) === i)) {
    return `${field}.attrs must list some of ${known.join(', ')}, each once`;
  }
  if (!Array.isArray(rows) || rows.length !== attrs.length || !rows.every((n) => isPositiveInt(n) && n <= L.tableRows)) {
    return `${field}.rows must give a row count from 1 to ${L.tableRows} per attribute`;
  }
  return objectOf({
    seeds: wholeNumber(1, L.seeds),
    prefixLength: wholeNumber(1, L.affixLength),
    suffixLength: wholeNumber(1, L.affixLength),
  })(value, field);
};

const checkEncoder: FieldCheck = (value, field) => {
  if (!isRecord(value) || !encoderNames.includes(value.name as never)) return `${field}.name must be one of ${encoderNames.join(', ')}`;
  if (value.name === 'bilstm') return wholeNumber(1, L.depth)(value.layers, `${field}.layers`);
  const problem = objectOf({ depth: wholeNumber(1, L.depth), window: wholeNumber(0, L.window), pieces: wholeNumber(1, L.pieces) })(value, field);
  if (problem) return problem;
  const { dilations, depth } = value;
  if (!Array.isArray(dilations) || dilations.length !== depth || !dilations.every((d) => isPositiveInt(d) && d <= L.dilation)) {
    return `${field}.dilations must give one dilation from 1 to ${L.dilation} per layer`;
  }
  return undefined;
};

const checkArchitecture: FieldCheck = (value, field) => {
  if (!isRecord(value)) return `${field} must be an object`;
  if (value.name !== 'ner-tagger.v1') return `${field}.name "${String(value.name)}" is unknown (expected "ner-tagger.v1")`;
  if (value.head !== 'softmax' && value.head !== 'crf') return `${field}.head must be "softmax" or "crf"`;
  if (typeof value.dropout !== 'number' || !(value.dropout >= 0 && value.dropout < 1)) return `${field}.dropout must be in [0, 1)`;
  return objectOf({ width: wholeNumber(1, L.width), embedPieces: wholeNumber(1, L.pieces), encoder: checkEncoder })(value, field);
};

const ratio = finiteNumber(0, 1);
const scores = { precision: ratio, recall: ratio, f1: ratio, support: optional(wholeNumber(0, Number.MAX_SAFE_INTEGER)) };
const count = wholeNumber(0, Number.MAX_SAFE_INTEGER);

const checkTraining = objectOf({
  data: text(),
  splits: recordOf(count, 100),
  epochs: count,
  seconds: finiteNumber(0, Number.MAX_VALUE),
  backend: text(100),
  seed: optional(finiteNumber(-Number.MAX_VALUE, Number.MAX_VALUE)),
  bestEpoch: optional(count),
  tokensPerSecond: optional(finiteNumber(0, Number.MAX_VALUE)),
  baseModel: optional(text()),
  command: optional(text()),
  labelPriors: optional(recordOf(finiteNumber(-1000, 1000), L.labels)),
  keptLabels: optional(listOf(text(100), L.labels)),
  labelChanges: optional(
    listOf(objectOf({ label: text(100), data: text(), support: count, before: nullable(ratio), after: ratio, worse: (value, field) => (typeof value === 'boolean' ? undefined : `${field} must be true or false`) }), 4 * L.labels),
  ),
});

const checkMetrics = objectOf({ split: text(100), data: optional(text()), ...scores, perType: recordOf(objectOf(scores), L.labels) });

const checkLabels: FieldCheck = (value, field) => {
  if (!Array.isArray(value)) return `${field} must be a list of strings`;
  if (value.length > L.labels) return `${field} lists ${value.length} labels; a model may have at most ${L.labels}`;
  for (const [i, label] of value.entries()) {
    const problem = labelProblem(label, `${field}[${i}]`);
    if (problem) return problem;
  }
  if (new Set(value).size !== value.length) return `${field} must list each label once`;
  return undefined;
};

const checkStrings =
  (max: number): FieldCheck =>
  (value, field) =>
    !isStringArray(value) ? `${field} must be a list of strings` : value.length > max ? `${field} must have at most ${max} entries` : undefined;

/** Tags must be "O" then B-/I- for each label, in that order: the weights' columns follow it. */
const checkTags = (labels: string[], tags: string[]): string | undefined => {
  if (tags[0] !== 'O') return 'tags must start with "O"';
  const expected = new Set(labels.flatMap((label) => [`B-${label}`, `I-${label}`]));
  if (tags.length !== expected.size + 1 || !tags.slice(1).every((tag) => expected.has(tag))) {
    return `tags must be "O" plus B- and I- of each label (labels: ${labels.join(', ')})`;
  }
  return undefined;
};

/** Every field the app reads, in the order a person would look for it. */
const FIELDS: [string, FieldCheck][] = [
  ['name', (value, field) => modelNameProblem(value, field)],
  ['labels', checkLabels],
  ['tags', checkStrings(2 * L.labels + 1)],
  ['posTags', optional(checkStrings(L.posTags))],
  ['tokenizer', text(100)],
  ['weightsDtype', (value, field) => (value === undefined || value === 'float32' || value === 'float16' ? undefined : `${field} must be "float32" or "float16"`)],
  ['features', checkFeatures],
  ['architecture', checkArchitecture],
  ['training', optional(checkTraining)],
  ['metrics', optional(checkMetrics)],
];

/**
 * Checks an untrusted meta.json (from a file, a URL, IndexedDB) and names the field at fault, so a
 * foreign or corrupt bundle is rejected before any weight is read and nothing the UI shows can
 * be missing or of the wrong type.
 */
export function validateMeta(value: unknown): MetaValidation {
  if (!isRecord(value)) return { ok: false, error: 'meta.json is not a JSON object' };
  if (value.format !== MODEL_FORMAT) {
    return { ok: false, error: `meta.json format is "${String(value.format)}", expected "${MODEL_FORMAT}" (not an NER Studio model?)` };
  }
  for (const [field, check] of FIELDS) {
    const problem = check(value[field], field);
    if (problem) return { ok: false, error: `meta.json ${problem}` };
  }
  const tagProblem = checkTags(value.labels as string[], value.tags as string[]);
  if (tagProblem) return { ok: false, error: `meta.json ${tagProblem}` };
  return { ok: true, meta: value as unknown as ModelMeta };
}
