/**
 * Everything the app does to a Cytoscape instance, as plain functions: the React adapter
 * (GraphCanvas) and the benchmark page call the same code.
 */
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { graphStylesheet } from './graphStyle';
import { LAYOUT_LINKS_PER_ENTITY, layoutOptions, rendererOptions } from './graphLayout';

cytoscape.use(fcose);

/** The largest side of an exported PNG: Chromium refuses canvases much past this. */
const MAX_PNG_SIDE = 16_384;

/** An empty graph in `container`, with the renderer options for a big graph or not (see rendererOptions). */
export function createGraph(container: HTMLElement, big: boolean): Core {
  return cytoscape({
    container,
    style: graphStylesheet,
    elements: [],
    boxSelectionEnabled: false,
    // Focus is the app's state (see focusNode), not Cytoscape's selection.
    autounselectify: true,
    ...rendererOptions(big),
  });
}

/** Replaces all elements and lays them out; resolves with the layout's duration in milliseconds. */
export function showElements(cy: Core, elements: readonly ElementDefinition[]): Promise<number> {
  cy.batch(() => {
    cy.elements().remove();
    cy.add([...elements]);
  });
  return runLayout(cy);
}

export function runLayout(cy: Core): Promise<number> {
  const started = performance.now();
  const layout = layoutElements(cy).layout(layoutOptions() as cytoscape.LayoutOptions);
  return new Promise((resolve) => {
    layout.one('layoutstop', () => resolve(performance.now() - started));
    layout.run();
  });
}

/** What the layout sees: all nodes and category edges, and the strongest co-occurrence edges. */
export function layoutElements(cy: Core): cytoscape.Collection {
  const entities = cy.nodes('.entity').length;
  // entityGraph lists co-occurrence edges heaviest first, and Cytoscape keeps insertion order.
  const strongest = cy.edges('.cooccurrence').slice(0, entities * LAYOUT_LINKS_PER_ENTITY);
  return cy.nodes().union(cy.edges('.category')).union(strongest);
}

/** Highlights a node and its neighbours, fading the rest; `null` clears the focus. */
export function focusNode(cy: Core, id: string | null): void {
  cy.batch(() => {
    cy.elements('.faded, .focused, .neighbour').removeClass('faded focused neighbour');
    if (id === null) return;
    const node = cy.getElementById(id);
    if (node.empty()) return;
    const neighbourhood = node.closedNeighborhood();
    cy.elements().not(neighbourhood).addClass('faded');
    node.addClass('focused');
    neighbourhood.edges().addClass('neighbour');
  });
}

/** Shows the captions of an edge, or of every edge of a node, while the pointer is over it. */
export function setHovered(cy: Core, id: string, hovered: boolean): void {
  const element = cy.getElementById(id);
  const edges = element.isNode() ? element.connectedEdges('.cooccurrence') : element;
  if (hovered) edges.addClass('hovered');
  else edges.removeClass('hovered');
}

/** Centres the view on a node that is outside it (e.g. focused from the list beside the graph). */
export function revealNode(cy: Core, id: string): void {
  const node = cy.getElementById(id);
  if (node.empty()) return;
  const { x, y } = node.renderedPosition();
  if (x < 0 || y < 0 || x > cy.width() || y > cy.height()) cy.center(node);
}

/** The whole graph (not just the viewport) at twice the resolution, on white. */
export function graphPng(cy: Core): Promise<Blob> {
  const box = cy.elements().boundingBox();
  const scale = Math.min(2, MAX_PNG_SIDE / Math.max(1, box.w, box.h));
  return cy.png({ output: 'blob-promise', full: true, scale, bg: '#fff' });
}

/**
 * The graph as Cytoscape JSON with the laid-out positions, in the `.cyjs` shape that Cytoscape
 * Desktop imports and `cytoscape({ elements })` accepts.
 */
export function graphJson(cy: Core): object {
  return {
    format_version: '1.0',
    generated_by: 'NER Studio',
    target_cytoscapejs_version: '~3',
    data: { name: 'Entity graph' },
    elements: cy.json().elements,
  };
}
