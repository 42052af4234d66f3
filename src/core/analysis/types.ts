/** The data of the analysis layer: a tagged document in, mentions, entities, tags and a graph out. */
import type { Token } from '../types';

/** A sentence of an analysed document: its character range, tokens and one IOB2 tag per token. */
export interface AnalyzedSentence {
  start: number;
  end: number;
  tokens: Token[];
  /** IOB2, one per token. */
  tags: string[];
  /** Penn-Treebank part-of-speech tags, one per token, when the model or the data has them. */
  pos?: string[];
  /** The tagger's confidence in each token's tag, in [0, 1]. */
  confidence?: number[];
}

/** A text with its sentences; `labels` are the entity labels the tagger knows. */
export interface AnalyzedDocument {
  text: string;
  sentences: AnalyzedSentence[];
  labels: string[];
}

/** One occurrence of an entity: `text === document.text.slice(start, end)`. */
export interface Mention {
  start: number;
  end: number;
  label: string;
  text: string;
  /** Index of the sentence in `AnalyzedDocument.sentences`. */
  sentence: number;
  /** Mean of the entity's tokens' confidences; 1 when the sentence has none. */
  confidence: number;
}

/** The mentions of one thing: same label, same normalised text (see `entityKey`). */
export interface Entity<M extends Mention = Mention> {
  /** `<label> <normalised text>`; labels never hold white space, so the first space splits it. */
  key: string;
  label: string;
  /** Display form: the most frequent surface form (ties: the first seen). */
  text: string;
  count: number;
  /** Character offset of the first mention. */
  firstStart: number;
  /** In the order they were given (text order from `documentMentions`). */
  mentions: M[];
}

export interface SuggestedTag {
  text: string;
  label: string;
  score: number;
  /** The entity the tag stands for (`Entity.key`). */
  key: string;
}

export interface SuggestTagsOptions {
  /** How many tags at most; default 5. */
  limit?: number;
  /** Weights by label, merged over `DEFAULT_LABEL_WEIGHTS`; matched case-insensitively. */
  labelWeights?: Readonly<Record<string, number>>;
  /** The document's text and paragraphs: abbreviations it defines merge with their expansions, and mentions in its title and headings weigh more. */
  text?: string;
  paragraphs?: readonly { start: number; end: number }[];
}

export interface GraphNode {
  /** `entity:<key>` for an entity, `hub:<label>` for a category hub. */
  id: string;
  kind: 'entity' | 'hub';
  label: string;
  /** The entity's display form; a hub's is its label. */
  text: string;
  /** An entity's mentions; a hub's number of entities shown. */
  count: number;
  /** Indices of the sentences that mention the entity, ascending, without repeats; empty for hubs. */
  sentences: number[];
  /** `Entity.key` for entities, null for hubs. */
  key: string | null;
}

export interface GraphEdge {
  /** `category:<entity id>` or `cooccurrence:<source id>-><target id>`. */
  id: string;
  kind: 'category' | 'cooccurrence';
  source: string;
  target: string;
  /** Co-occurrence: the number of sentences where both entities occur. Category edges: 1. */
  weight: number;
  /** The word linking the two entities (a verb, else a noun), or null; always null for category edges. */
  label: string | null;
}

export interface EntityGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** Entities left out by `maxNodes`, and why ('' when none). */
  hidden: { nodes: number; reason: string };
}

export interface EntityGraphOptions {
  /** Co-occurrence edges lighter than this are dropped; default 1. */
  minWeight?: number;
  /** Keep at most this many entity nodes, the most frequent ones (hubs do not count); default all. */
  maxNodes?: number;
  /** Only entities with these labels; default all. */
  labels?: readonly string[];
}
