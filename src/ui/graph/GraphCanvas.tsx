import { useEffect, useEffectEvent, useImperativeHandle, useRef, type Ref } from 'react';
import type { Core, ElementDefinition } from 'cytoscape';
import { createGraph, focusNode, graphJson, graphPng, revealNode, setHovered, showElements } from './cytoscapeGraph';
import { isBigGraph } from './graphLayout';

/** What the view can ask of the canvas: the toolbar's fit and export buttons. */
export interface GraphCanvasHandle {
  fit: () => void;
  png: () => Promise<Blob | null>;
  json: () => object | null;
}

interface Props {
  elements: readonly ElementDefinition[];
  focusedId: string | null;
  onFocus: (id: string | null) => void;
  /** Called after each layout with its duration in milliseconds. */
  onLayout?: (ms: number) => void;
  /** A short description of the graph for screen readers. */
  description: string;
  ref?: Ref<GraphCanvasHandle>;
}

const FIT_PADDING = 24;

/**
 * The one component that owns a Cytoscape instance: created on mount (and again when the graph
 * crosses the big-graph threshold, whose renderer options are fixed at creation), given new
 * elements and a fresh layout when the data changes, destroyed on unmount. React renders
 * everything around it.
 */
export function GraphCanvas({ elements, focusedId, onFocus, onLayout, description, ref }: Props) {
  const containerRef = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const nodeCount = elements.filter((element) => element.group === 'nodes').length;
  const big = isBigGraph(nodeCount, elements.length - nodeCount);

  const tapped = useEffectEvent((id: string | null) => onFocus(id));
  const laidOut = useEffectEvent((ms: number) => onLayout?.(ms));
  const applyFocus = useEffectEvent((cy: Core) => focusNode(cy, focusedId));

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const cy = createGraph(container, big);
    cy.on('tap', 'node', (event) => tapped(event.target.id()));
    cy.on('tap', (event) => {
      if (event.target === cy) tapped(null);
    });
    cy.on('mouseover', 'node, edge', (event) => {
      setHovered(cy, event.target.id(), true);
      if (event.target.isNode()) container.style.cursor = 'pointer';
    });
    cy.on('mouseout', 'node, edge', (event) => {
      setHovered(cy, event.target.id(), false);
      container.style.cursor = '';
    });
    cyRef.current = cy;
    return () => {
      cyRef.current = null;
      cy.destroy();
    };
  }, [big]);

  useEffect(() => {
    const cy = cyRef.current;
    const container = containerRef.current;
    if (!cy || !container) return;
    let current = true;
    void showElements(cy, elements).then((ms) => {
      if (!current || cy.destroyed()) return;
      // Read by the graph benchmark; also handy when a user reports a slow graph.
      container.dataset.layoutMs = ms.toFixed(0);
      laidOut(ms);
    });
    applyFocus(cy);
    return () => {
      current = false;
    };
  }, [elements, big]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    focusNode(cy, focusedId);
    if (focusedId !== null) revealNode(cy, focusedId);
  }, [focusedId]);

  useImperativeHandle(
    ref,
    () => ({
      fit: () => cyRef.current?.fit(undefined, FIT_PADDING),
      png: () => (cyRef.current ? graphPng(cyRef.current) : Promise.resolve(null)),
      json: () => (cyRef.current ? graphJson(cyRef.current) : null),
    }),
    [],
  );

  return <div ref={containerRef} className="graph-canvas" role="img" aria-label={description} data-testid="graph-canvas" />;
}
