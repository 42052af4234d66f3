import type { ElementDefinition } from 'cytoscape';
import type { EntityGraph, GraphEdge, GraphNode } from '../../core/analysis';
import { EDGE_WIDTH, ENTITY_DIAMETER, HUB_DIAMETER, roundPx, sqrtScale } from './graphScales';

/** Node data as Cytoscape holds it: the core `GraphNode` plus what the stylesheet draws. */
export interface GraphNodeData extends Omit<GraphNode, 'sentences'> {
  /** What the node is labelled with on screen: a hub's readable category name, an entity's text. */
  name: string;
  color: string;
  /** Diameter in model pixels. */
  size: number;
  /** How many sentences mention the entity (the indices stay in the React state, not in the canvas). */
  sentenceCount: number;
}

/** Edge data as Cytoscape holds it: the core `GraphEdge` plus what the stylesheet draws. */
export interface GraphEdgeData extends GraphEdge {
  width: number;
  /** Shown on hover: the linking word and, past one, the number of shared sentences. */
  caption: string;
}

export interface LabelLook {
  labelName: (label: string) => string;
  labelColor: (label: string) => string;
}

/**
 * The core graph as Cytoscape element definitions, nodes first (edges may only name nodes that
 * exist). Plain data: the same array feeds the canvas and the JSON export.
 */
/** Above this many entity nodes, labels of the once-mentioned ones are shown only when zoomed in. */
export const CROWDED_ENTITIES = 30;

export function toCytoscapeElements(graph: EntityGraph, look: LabelLook): ElementDefinition[] {
  const maxEntityCount = Math.max(1, ...graph.nodes.filter((n) => n.kind === 'entity').map((n) => n.count));
  const maxHubCount = Math.max(1, ...graph.nodes.filter((n) => n.kind === 'hub').map((n) => n.count));
  const maxWeight = Math.max(1, ...graph.edges.filter((e) => e.kind === 'cooccurrence').map((e) => e.weight));

  // In a crowded graph the labels of once-mentioned entities wait for a zoom (graphStyle's node.minor): they overlapped the rest.
  const crowded = graph.nodes.filter((n) => n.kind === 'entity').length > CROWDED_ENTITIES;
  const nodes = graph.nodes.map((node): ElementDefinition => {
    const { sentences, ...rest } = node;
    const hub = node.kind === 'hub';
    const data: GraphNodeData = {
      ...rest,
      name: hub ? look.labelName(node.label) : node.text,
      color: look.labelColor(node.label),
      size: roundPx(hub ? sqrtScale(node.count, maxHubCount, HUB_DIAMETER) : sqrtScale(node.count, maxEntityCount, ENTITY_DIAMETER)),
      sentenceCount: sentences.length,
    };
    return { group: 'nodes', data, classes: crowded && !hub && node.count <= 1 ? `${node.kind} minor` : node.kind };
  });
  const edges = graph.edges.map((edge): ElementDefinition => {
    const data: GraphEdgeData = {
      ...edge,
      width: edge.kind === 'category' ? EDGE_WIDTH.min : roundPx(sqrtScale(edge.weight, maxWeight, EDGE_WIDTH)),
      caption: edgeCaption(edge),
    };
    return { group: 'edges', data, classes: edge.kind };
  });
  return [...nodes, ...edges];
}

/** `acquired`, `acquired ×3`, or `3 sentences` when no word links the pair; '' for category edges. */
export function edgeCaption(edge: Pick<GraphEdge, 'kind' | 'weight' | 'label'>): string {
  if (edge.kind === 'category') return '';
  if (edge.label === null) return edge.weight === 1 ? '1 sentence' : `${edge.weight} sentences`;
  return edge.weight === 1 ? edge.label : `${edge.label} ×${edge.weight}`;
}
