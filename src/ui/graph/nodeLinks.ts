import type { EntityGraph, GraphNode } from '../../core/analysis';

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
