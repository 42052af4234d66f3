import type { DocumentAnalysis } from './analyzeDocument';
import { cooccurrences } from './cooccurrences';
import type { Entity, EntityGraph, EntityGraphOptions, GraphEdge, GraphNode } from './types';

/** What the graph reads of an analysis: its entities (nodes name them by key) and their mentions. */
export type GraphSource = Pick<DocumentAnalysis, 'document' | 'mentions' | 'entities'>;

/**
 * The entity graph of an analysed document as plain data for any renderer, built from the
 * analysis's entities (never from the tags again).
 *
 * Nodes: one hub per label present (`hub:<label>`), in the order of `document.labels` (labels it
 * lacks after them, by first appearance), then one node per entity (`entity:<key>`, `key` naming
 * the analysis's entity) in the analysis's order: count descending, then first position, then key.
 * Edges: one `category` edge per entity to its hub, in entity order; then `cooccurrence` edges
 * (entities sharing a sentence, weight = shared sentences, at least `minWeight`) by weight
 * descending, then by the pair's entity order (earlier entity of the pair, then the other).
 * A co-occurrence edge points from the entity that comes first in the sentences that give its
 * label (`Google —acquired→ DeepMind`); see `cooccurrences` and `linkingWord`.
 */
export function entityGraph(analysis: GraphSource, options: EntityGraphOptions = {}): EntityGraph {
  const minWeight = options.minWeight ?? 1;
  const wanted = options.labels === undefined ? null : new Set(options.labels);
  const candidates = analysis.entities.filter((e) => wanted === null || wanted.has(e.label));
  const maxNodes = Math.max(0, Math.floor(options.maxNodes ?? Number.POSITIVE_INFINITY));
  const entities = candidates.slice(0, maxNodes);
  const entityNodes = entities.map(entityNode);

  const edges: GraphEdge[] = entityNodes.map((node) => ({
    id: `category:${node.id}`,
    kind: 'category',
    source: node.id,
    target: hubId(node.label),
    weight: 1,
    label: null,
  }));
  const links = cooccurrences(analysis.document, entities, analysis.mentions)
    .filter((link) => link.weight >= minWeight)
    .sort(
      (a, b) =>
        b.weight - a.weight ||
        Math.min(a.source, a.target) - Math.min(b.source, b.target) ||
        Math.max(a.source, a.target) - Math.max(b.source, b.target),
    );
  for (const link of links) {
    const source = entityNodes[link.source].id;
    const target = entityNodes[link.target].id;
    edges.push({ id: `cooccurrence:${source}->${target}`, kind: 'cooccurrence', source, target, weight: link.weight, label: link.word });
  }

  const hiddenCount = candidates.length - entities.length;
  return {
    nodes: [...hubNodes(analysis.document.labels, entities), ...entityNodes],
    edges,
    hidden: {
      nodes: hiddenCount,
      reason: hiddenCount === 0 ? '' : `showing the ${entities.length} most frequent of ${candidates.length} entities (maxNodes)`,
    },
  };
}

function hubId(label: string): string {
  return `hub:${label}`;
}

function entityNode(entity: Entity): GraphNode {
  const sentences = [...new Set(entity.mentions.map((m) => m.sentence))].sort((a, b) => a - b);
  return {
    id: `entity:${entity.key}`,
    kind: 'entity',
    label: entity.label,
    text: entity.text,
    count: entity.count,
    sentences,
    key: entity.key,
  };
}

function hubNodes(labelOrder: readonly string[], entities: readonly Entity[]): GraphNode[] {
  const counts = new Map<string, number>();
  for (const entity of entities) counts.set(entity.label, (counts.get(entity.label) ?? 0) + 1);
  const known = labelOrder.filter((label) => counts.has(label));
  const knownSet = new Set(known);
  const ordered = [...known, ...[...counts.keys()].filter((label) => !knownSet.has(label))];
  return ordered.map((label) => ({
    id: hubId(label),
    kind: 'hub',
    label,
    text: label,
    count: counts.get(label) ?? 0,
    sentences: [],
    key: null,
  }));
}
