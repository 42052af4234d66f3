import { labelWeight, type EntityGraph, type GraphNode } from '../../core/analysis';

/** One co-occurrence link of a node, seen from that node. */
export interface NodeLink {
  other: GraphNode;
  /** The linking word (`acquired`), or null. */
  word: string | null;
  weight: number;
  /** True when the node is the edge's source: `<node> acquired <other>`. */
  outgoing: boolean;
}

/** The co-occurrence links of node `id`, heaviest first (ties: the graph's edge order). */
export function nodeLinks(graph: EntityGraph, id: string): NodeLink[] {
  const nodes = new Map(graph.nodes.map((node) => [node.id, node]));
  const links: NodeLink[] = [];
  for (const edge of graph.edges) {
    if (edge.kind !== 'cooccurrence' || (edge.source !== id && edge.target !== id)) continue;
    const outgoing = edge.source === id;
    const other = nodes.get(outgoing ? edge.target : edge.source);
    if (other) links.push({ other, word: edge.label, weight: edge.weight, outgoing });
  }
  // Array.prototype.sort is stable, so equal weights keep the graph's order.
  return links.sort((a, b) => b.weight - a.weight);
}

/** The entity nodes of hub `label`, in graph order (most frequent first). */
export function hubEntities(graph: EntityGraph, label: string): GraphNode[] {
  return graph.nodes.filter((node) => node.kind === 'entity' && node.label === label);
}

/**
 * The hubs in the order of what the article is about: by the summed mention count × label weight
 * of their entities (core/analysis's tag weights), so Technology leads in a technical article
 * rather than coming last by label order. Ties keep the graph's order.
 */
export function hubsByWeight(graph: EntityGraph): GraphNode[] {
  const hubs = graph.nodes.filter((node) => node.kind === 'hub');
  const weight = (hub: GraphNode) => hubEntities(graph, hub.label).reduce((sum, entity) => sum + entity.count, 0) * labelWeight(hub.label);
  return hubs.map((hub, index) => ({ hub, index, weight: weight(hub) })).sort((a, b) => b.weight - a.weight || a.index - b.index).map(({ hub }) => hub);
}
