import type { StylesheetJson } from 'cytoscape';

const INK = '#1f2430';
const ACCENT = '#3b5bdb';
const EDGE = '#8a93a6';

/**
 * The stylesheet: sizes, colours and widths come from each element's data (see graphElements), so
 * the stylesheet itself never changes. Edge captions are drawn only for hovered edges and the
 * focused node's edges: thousands of edge labels would be unreadable and slow.
 */
export const graphStylesheet: StylesheetJson = [
  {
    selector: 'node',
    style: {
      width: 'data(size)',
      height: 'data(size)',
      'background-color': 'data(color)',
      'border-width': 1,
      'border-color': INK,
      'border-opacity': 0.3,
      label: 'data(name)',
      'font-size': 11,
      color: INK,
      'text-valign': 'bottom',
      'text-margin-y': 3,
      'text-wrap': 'ellipsis',
      'text-max-width': '120px',
      // Labels smaller than this on screen are skipped: a zoomed-out big graph draws no text at all.
      'min-zoomed-font-size': 7,
    },
  },
  // A once-mentioned entity of a crowded graph: its label appears from about 1.3× zoom, so the frequent ones stay readable.
  { selector: 'node.minor', style: { 'min-zoomed-font-size': 14 } },
  {
    selector: 'node.hub',
    style: {
      'border-width': 3,
      'border-opacity': 1,
      'font-size': 14,
      'font-weight': 'bold',
      'text-valign': 'center',
      'text-margin-y': 0,
      'text-wrap': 'wrap',
      'text-max-width': '110px',
      'text-outline-color': '#ffffff',
      'text-outline-width': 2,
      'min-zoomed-font-size': 4,
      'z-index': 10,
    },
  },
  {
    selector: 'edge',
    style: {
      width: 'data(width)',
      'line-color': EDGE,
      opacity: 0.5,
      // Haystack edges are straight lines drawn without per-edge geometry: the fast choice for thousands.
      'curve-style': 'haystack',
    },
  },
  { selector: 'edge.category', style: { 'line-color': '#c3c9d4', opacity: 0.6 } },
  {
    selector: 'edge.hovered, edge.neighbour',
    style: {
      opacity: 1,
      'line-color': '#4a5468',
      'curve-style': 'straight',
      label: 'data(caption)',
      'font-size': 10,
      color: INK,
      'text-rotation': 'autorotate',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'text-background-padding': '2px',
      'z-index': 20,
    },
  },
  { selector: 'edge.category.neighbour', style: { 'line-color': '#9aa3b5' } },
  {
    selector: 'edge.cooccurrence.hovered, edge.cooccurrence.neighbour',
    style: { 'target-arrow-shape': 'triangle', 'target-arrow-color': '#4a5468', 'arrow-scale': 0.8 },
  },
  { selector: 'node.focused', style: { 'border-width': 4, 'border-color': ACCENT, 'border-opacity': 1, 'z-index': 30 } },
  { selector: 'node.faded', style: { opacity: 0.15 } },
  { selector: 'edge.faded', style: { opacity: 0.05 } },
];
