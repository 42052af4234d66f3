/**
 * How the graph is laid out and rendered: one module, used by the app's canvas and by the
 * benchmark (bench/graph.bench.ts), so the figure it prints is the figure users get.
 */

/**
 * From this many nodes or edges on, the graph is "big": the renderer trades detail during pan and
 * zoom for speed. Edges count too: the 150 most frequent entities of a dense text can share 4,000
 * edges, and redrawing those took ~90 ms a frame while zooming (bench/graph.bench.ts).
 */
export const BIG_GRAPH = { nodes: 200, edges: 1000 } as const;

/**
 * The layout sees every node, every category edge, and only the strongest co-occurrence edges:
 * this many per entity node. Measured on the 500-entity / 5,000-edge document (bench/graph.bench.ts):
 * with all 5,000 edges fcose's force stage never settles early and runs its full 5 × nodes
 * iterations (layout-base raises `numIter` to that floor), several seconds; with the strongest 500
 * it settles in well under 2 s, and the picture is the readable part anyway (clusters round their
 * category, pulled towards their strongest partners). Every edge is still drawn.
 */
export const LAYOUT_LINKS_PER_ENTITY = 1;

export function isBigGraph(nodeCount: number, edgeCount: number): boolean {
  return nodeCount >= BIG_GRAPH.nodes || edgeCount >= BIG_GRAPH.edges;
}

/**
 * fcose options. `animate: false` lays out in one synchronous pass (no frames spent on motion);
 * `randomize: true` is required for the spectral first stage; 'default' quality adds the
 * force-directed stage, without which ('draft') nodes pile up on one another. fcose's default
 * repulsion and edge lengths settle fastest; per-kind values were measured to double the time.
 * `packComponents` needs cytoscape-layout-utilities, which the app does not ship.
 */
export function layoutOptions() {
  return {
    name: 'fcose',
    quality: 'default',
    randomize: true,
    animate: false,
    fit: true,
    padding: 24,
    nodeDimensionsIncludeLabels: false,
    packComponents: false,
    samplingType: true,
    sampleSize: 25,
    nodeSeparation: 75,
    tile: true,
  };
}

/**
 * Renderer options, fixed when the instance is created. On big graphs a pan or zoom moves a
 * snapshot of the canvas (`textureOnViewport`) instead of redrawing thousands of edges per frame.
 */
export function rendererOptions(big: boolean) {
  return {
    minZoom: 0.05,
    maxZoom: 4,
    textureOnViewport: big,
    hideEdgesOnViewport: false,
    motionBlur: false,
    // Double-density canvases cost four times the pixels; big graphs are read zoomed out anyway.
    pixelRatio: big ? 1 : ('auto' as const),
  };
}
