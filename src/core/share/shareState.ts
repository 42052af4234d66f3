/**
 * What a share link carries, and the one function that turns untrusted link content into it:
 * `restoreShareState` validates, fills defaults, migrates older formats and rejects with a reason
 * a person can read (Excalidraw's `restore`). Nothing here trusts the input's prototype: fields are
 * read only when they are the object's own, and the result is built from scratch.
 */
import { MAX_GRAPH_NODES } from '../analysis';
import { errorMessage } from '../errors';
import { annotationsToWire, restoreSharedAnnotations, type SharedAnnotations, type SharedAnnotationsWire } from './sharedAnnotations';

/** The format written by this version. Bump it, and add a migration below, when the shape changes. */
export const SHARE_FORMAT_VERSION = 2;

export const SHARE_VIEWS = ['analyze', 'graph', 'train', 'models'] as const;
export type ShareView = (typeof SHARE_VIEWS)[number];

/** The shipped model, or one stored in the sender's browser under `key` (`ActiveModelRef`'s shape). */
export type SharedModel = { kind: 'default' } | { kind: 'stored'; key: string };

/** The Graph view's filters and focus (see graphViewStore). */
export interface SharedGraph {
  minWeight: number;
  /** At most this many entity nodes; null for all (a link's "all" opens as MAX_GRAPH_NODES). */
  maxNodes: number | null;
  /** `entity:<key>` or `hub:<label>`, or null. */
  focusedId: string | null;
}

/** A restored share link: everything needed to show what the sender saw. */
export interface ShareState {
  text: string;
  model: SharedModel;
  hiddenLabels: string[];
  view: ShareView;
  graph: SharedGraph;
  /** A corrected document's spans and reviewed sentences (Correct mode), when the sender was correcting. */
  annotations?: SharedAnnotations;
}

/**
 * Version 2 on the wire: version 1's fields and `ann?: { spans: [[start, end, label]…], reviewed: [i…] }`.
 * Version 1 (JSON, then deflate, then base64url):
 * `{ v: 1, text, model: {kind:"default"} | {kind:"stored", key}, hidden: string[], view, graph?: {minWeight, maxNodes, focus} }`.
 * Version 0 (the first links, kept readable): `{ text, m? }`, no `v`; `m` a stored model's key,
 * absent for the default model; no hidden labels, no view (Analyze), no graph settings.
 */
export interface ShareStateV1 {
  v: 1 | 2;
  text: string;
  model: SharedModel;
  hidden: string[];
  view: ShareView;
  graph?: { minWeight: number; maxNodes: number | null; focus: string | null };
  ann?: SharedAnnotationsWire;
}

export const DEFAULT_GRAPH: SharedGraph = { minWeight: 1, maxNodes: 150, focusedId: null };

export const SHARE_LIMITS = {
  textChars: 2_000_000,
  /** Model names are at most 80 characters (see renameProblem in the models store). */
  modelKeyChars: 80,
  labelChars: 64,
  hiddenLabels: 200,
  focusChars: 400,
  minWeight: 1_000_000,
  /** The Graph view's largest cap: a link may not ask for more work than a person can choose. */
  maxNodes: MAX_GRAPH_NODES,
} as const;

export type RestoreResult = { ok: true; state: ShareState; migratedFrom: number | null } | { ok: false; reason: string };

/** The wire form of a state, as this version writes it. */
export function toWire(state: ShareState): ShareStateV1 {
  const wire: ShareStateV1 = { v: SHARE_FORMAT_VERSION, text: state.text, model: state.model, hidden: [...state.hiddenLabels], view: state.view };
  const { minWeight, maxNodes, focusedId } = state.graph;
  if (minWeight !== DEFAULT_GRAPH.minWeight || maxNodes !== DEFAULT_GRAPH.maxNodes || focusedId !== null) {
    wire.graph = { minWeight, maxNodes, focus: focusedId };
  }
  if (state.annotations) wire.ann = annotationsToWire(state.annotations);
  return wire;
}

class Invalid extends Error {}

/** Validates any value (a parsed link, a stored record) as share state; never throws. */
export function restoreShareState(input: unknown): RestoreResult {
  try {
    const record = asRecord(input, 'the link content');
    const version = versionOf(record);
    if (version === 0) return { ok: true, state: restoreV1(migrateV0(record)), migratedFrom: 0 };
    // v1 → v2 adds only the optional `ann`: a v1 link reads as v2 without annotations.
    return { ok: true, state: restoreV1(record), migratedFrom: version < SHARE_FORMAT_VERSION ? version : null };
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, reason: error.message };
    return { ok: false, reason: `its content could not be read (${errorMessage(error)})` };
  }
}

function versionOf(record: Record<string, unknown>): number {
  if (!has(record, 'v')) return 0;
  const v = record.v;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) throw new Invalid(`its format version must be a whole number, not ${describe(v)}`);
  if (v > SHARE_FORMAT_VERSION) {
    throw new Invalid(`it was made by a newer NER Studio (link format ${v}; this version reads up to ${SHARE_FORMAT_VERSION}): reload the page to update the app`);
  }
  return v;
}

/** v0 → v1: `m` becomes `model`; hidden labels, view and graph settings take their defaults. */
function migrateV0(record: Record<string, unknown>): Record<string, unknown> {
  onlyFields(record, ['v', 'text', 'm'], 'the link (format 0)');
  const migrated: Record<string, unknown> = { v: 1, text: field(record, 'text'), hidden: [], view: 'analyze' };
  if (has(record, 'm')) {
    const key = record.m;
    if (typeof key !== 'string') throw new Invalid(`its model name (m) must be text, not ${describe(key)}`);
    migrated.model = { kind: 'stored', key };
  } else {
    migrated.model = { kind: 'default' };
  }
  return migrated;
}

function restoreV1(record: Record<string, unknown>): ShareState {
  const version = has(record, 'v') ? record.v : 1;
  onlyFields(record, version === 1 ? ['v', 'text', 'model', 'hidden', 'view', 'graph'] : ['v', 'text', 'model', 'hidden', 'view', 'graph', 'ann'], 'the link');
  const state: ShareState = {
    text: restoreText(field(record, 'text')),
    model: has(record, 'model') ? restoreModel(record.model) : { kind: 'default' },
    hiddenLabels: has(record, 'hidden') ? restoreLabels(record.hidden) : [],
    view: has(record, 'view') ? restoreView(record.view) : 'analyze',
    graph: has(record, 'graph') ? restoreGraph(record.graph) : { ...DEFAULT_GRAPH },
  };
  if (has(record, 'ann')) {
    try {
      state.annotations = restoreSharedAnnotations(record.ann, state.text.length);
    } catch (error) {
      throw new Invalid(errorMessage(error));
    }
  }
  return state;
}

function restoreText(value: unknown): string {
  if (typeof value !== 'string') throw new Invalid(`its text must be a string, not ${describe(value)}`);
  if (value.length > SHARE_LIMITS.textChars) throw new Invalid(`its text is longer than ${SHARE_LIMITS.textChars.toLocaleString('en')} characters`);
  return value;
}

function restoreModel(value: unknown): SharedModel {
  const record = asRecord(value, 'its model');
  onlyFields(record, ['kind', 'key'], 'its model');
  const kind = field(record, 'kind');
  if (kind === 'default') {
    if (has(record, 'key')) throw new Invalid('its default model cannot have a key');
    return { kind: 'default' };
  }
  if (kind !== 'stored') throw new Invalid(`its model kind must be "default" or "stored", not ${describe(kind)}`);
  const key = field(record, 'key');
  if (typeof key !== 'string' || key.trim() === '') throw new Invalid(`its model name must be non-empty text, not ${describe(key)}`);
  if (key.length > SHARE_LIMITS.modelKeyChars) throw new Invalid(`its model name is longer than ${SHARE_LIMITS.modelKeyChars} characters`);
  if (hasControlCharacter(key)) throw new Invalid('its model name holds control characters');
  return { kind: 'stored', key };
}

function restoreLabels(value: unknown): string[] {
  if (!Array.isArray(value)) throw new Invalid(`its hidden labels must be a list, not ${describe(value)}`);
  if (value.length > SHARE_LIMITS.hiddenLabels) throw new Invalid(`it hides more than ${SHARE_LIMITS.hiddenLabels} labels`);
  const labels = new Set<string>();
  for (const label of value) {
    // Labels never hold white space (see entityKey): the first space splits an entity key.
    if (typeof label !== 'string' || label === '' || label.length > SHARE_LIMITS.labelChars || /[\s\p{Cc}]/u.test(label)) {
      throw new Invalid(`its hidden labels must be short words, not ${describe(label)}`);
    }
    labels.add(label);
  }
  return [...labels];
}

function restoreView(value: unknown): ShareView {
  if (typeof value !== 'string') throw new Invalid(`its view must be text, not ${describe(value)}`);
  // A view this version does not have (a newer app's) opens the Analyze view rather than nothing.
  return SHARE_VIEWS.find((view) => view === value) ?? 'analyze';
}

function restoreGraph(value: unknown): SharedGraph {
  const record = asRecord(value, 'its graph settings');
  onlyFields(record, ['minWeight', 'maxNodes', 'focus'], 'its graph settings');
  const minWeight = has(record, 'minWeight') ? record.minWeight : DEFAULT_GRAPH.minWeight;
  if (!isWholeIn(minWeight, 1, SHARE_LIMITS.minWeight)) throw new Invalid(`its graph's minimum link weight must be a whole number from 1, not ${describe(minWeight)}`);
  const maxNodes = has(record, 'maxNodes') ? record.maxNodes : DEFAULT_GRAPH.maxNodes;
  if (maxNodes !== null && !isWholeIn(maxNodes, 1, SHARE_LIMITS.maxNodes)) {
    throw new Invalid(`its graph's node limit must be a whole number from 1 to ${SHARE_LIMITS.maxNodes} or null, not ${describe(maxNodes)}`);
  }
  const focus = has(record, 'focus') ? record.focus : null;
  if (focus !== null && (typeof focus !== 'string' || !/^(entity|hub):/.test(focus) || focus.length > SHARE_LIMITS.focusChars)) {
    throw new Invalid(`its graph's focused node must be an entity or hub id, not ${describe(focus)}`);
  }
  // "All entities" of a text someone else chose is unbounded work here: it opens at the largest cap.
  return { minWeight: minWeight as number, maxNodes: (maxNodes as number | null) ?? SHARE_LIMITS.maxNodes, focusedId: focus as string | null };
}

function asRecord(value: unknown, what: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Invalid(`${what} must be an object, not ${describe(value)}`);
  return value as Record<string, unknown>;
}

/** Unknown fields are refused, not ignored: `__proto__`, `constructor` and typos never slip through. */
function onlyFields(record: Record<string, unknown>, allowed: readonly string[], what: string): void {
  for (const key of Object.keys(record)) {
    if (!allowed.includes(key)) throw new Invalid(`${what} has an unknown field ${JSON.stringify(key.slice(0, 40))}`);
  }
}

function has(record: Record<string, unknown>, key: string): boolean {
  return Object.hasOwn(record, key);
}

function field(record: Record<string, unknown>, key: string): unknown {
  if (!has(record, key)) throw new Invalid(`it has no ${key}`);
  return record[key];
}

function isWholeIn(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

/** Control characters, and the bidirectional-text controls that make a name read as another. */
function hasControlCharacter(text: string): boolean {
  return /[\p{Cc}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u.test(text);
}

/** A short, safe description of a bad value for an error message. */
function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return `a value of type ${typeof value}`;
}
