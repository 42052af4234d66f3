/**
 * The entity graph as a PNG without the Graph view: a Cytoscape instance drawn in a container
 * outside the window, laid out exactly as the view lays it out, exported, then destroyed.
 */
import type { Analysis } from '../../store/analysisStore';
import { createGraph, graphPng, showElements } from '../graph/cytoscapeGraph';
import { filteredGraph, type GraphFilters } from '../graph/filteredGraph';
import { toCytoscapeElements } from '../graph/graphElements';
import { isBigGraph } from '../graph/graphLayout';
import { labelColor, labelName } from '../labels';

/** Big enough for fcose to spread a 150-entity graph; the PNG covers the whole graph, not this box. */
const STAGE = { width: 1200, height: 800 };

/** PNG bytes of the graph the Graph view would show with these filters; null when it has no node. */
export async function renderGraphPng(analysis: Analysis, filters: GraphFilters): Promise<Uint8Array | null> {
  const graph = filteredGraph(analysis, filters);
  if (graph.nodes.length === 0) return null;
  const elements = toCytoscapeElements(graph, { labelName, labelColor });
  const container = document.createElement('div');
  // Laid out in the page (Cytoscape needs a sized container) but outside the window and unseen.
  Object.assign(container.style, { position: 'fixed', left: `${-STAGE.width * 2}px`, top: '0', width: `${STAGE.width}px`, height: `${STAGE.height}px`, pointerEvents: 'none' });
  container.setAttribute('aria-hidden', 'true');
  document.body.append(container);
  const cy = createGraph(container, isBigGraph(graph.nodes.length, graph.edges.length));
  try {
    await showElements(cy, elements);
    cy.fit(undefined, 24);
    return new Uint8Array(await (await graphPng(cy)).arrayBuffer());
  } finally {
    cy.destroy();
    container.remove();
  }
}
