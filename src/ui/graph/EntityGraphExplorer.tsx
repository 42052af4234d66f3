import { useMemo, useRef, useState } from 'react';
import type { Entity } from '../../core/analysis';
import type { Analysis } from '../../store/analysisStore';
import { useAnalysisStore } from '../../store/analysisStore';
import { labelColor, labelName } from '../labels';
import { downloadBlob } from '../download';
import { EntityDetails } from './EntityDetails';
import { filteredGraph } from './filteredGraph';
import { GraphCanvas, type GraphCanvasHandle } from './GraphCanvas';
import { GraphEntityIndex } from './GraphEntityIndex';
import { toCytoscapeElements } from './graphElements';
import { GraphToolbar } from './GraphToolbar';
import { useGraphViewStore } from '../../store/graphViewStore';
import { HubDetails } from './HubDetails';
import './graph.css';

const LOOK = { labelName, labelColor };

/**
 * The graph of an analysed document with its filters, exports and side panel. Filters recompute
 * the graph from the stored analysis: the model never runs again.
 */
export function EntityGraphExplorer({ analysis }: { analysis: Analysis }) {
  const hiddenLabels = useAnalysisStore((state) => state.hiddenLabels);
  const toggleLabel = useAnalysisStore((state) => state.toggleLabel);
  const flash = useAnalysisStore((state) => state.flash);
  const { minWeight, maxNodes, focusedId, setMinWeight, setMaxNodes, focus } = useGraphViewStore();
  const canvas = useRef<GraphCanvasHandle>(null);
  const [layoutMs, setLayoutMs] = useState<number | null>(null);

  const labels = useMemo(() => analysis.labelCounts.map(({ label, entities }) => ({ label, count: entities })), [analysis.labelCounts]);
  const graph = useMemo(() => filteredGraph(analysis, { hiddenLabels, minWeight, maxNodes }), [analysis, hiddenLabels, minWeight, maxNodes]);
  const elements = useMemo(() => toCytoscapeElements(graph, LOOK), [graph]);
  const entitiesByKey = useMemo(() => new Map(analysis.entities.map((entity) => [entity.key, entity])), [analysis.entities]);

  const focused = graph.nodes.find((node) => node.id === focusedId) ?? null;
  const focusedEntity = focused?.key ? entitiesByKey.get(focused.key) : undefined;
  const entityCount = graph.nodes.filter((node) => node.kind === 'entity').length;
  const linkCount = graph.edges.filter((edge) => edge.kind === 'cooccurrence').length;
  const maxWeight = Math.max(1, ...graph.edges.map((edge) => edge.weight));

  function showInText(entity: Entity) {
    // The Analyze view scrolls the first flashing mention into view when it opens.
    flash(entity);
  }

  async function exportPng() {
    const blob = await canvas.current?.png();
    if (blob) downloadBlob(blob, 'entity-graph.png');
  }

  function exportJson() {
    const json = canvas.current?.json();
    if (json) downloadBlob(new Blob([JSON.stringify(json, null, 2)], { type: 'application/json' }), 'entity-graph.json');
  }

  return (
    <section className="graph" aria-labelledby="graph-title">
      <h2 id="graph-title" className="graph__title">
        Entity graph
      </h2>
      <GraphToolbar
        labels={labels}
        hiddenLabels={hiddenLabels}
        onToggleLabel={toggleLabel}
        minWeight={minWeight}
        maxWeight={maxWeight}
        onMinWeight={setMinWeight}
        maxNodes={maxNodes}
        onMaxNodes={setMaxNodes}
        onFit={() => canvas.current?.fit()}
        onExportPng={() => void exportPng()}
        onExportJson={exportJson}
        empty={graph.nodes.length === 0}
      />
      <p className="graph__status" role="status" data-testid="graph-status">
        {entityCount} {entityCount === 1 ? 'entity' : 'entities'} · {linkCount} {linkCount === 1 ? 'link' : 'links'}
        {layoutMs !== null && graph.nodes.length > 0 && <> · laid out in {formatMs(layoutMs)}</>}
        {graph.hidden.nodes > 0 && (
          <span className="graph__hidden" data-testid="graph-hidden">
            {' '}
            · {graph.hidden.nodes} hidden: {graph.hidden.reason}
          </span>
        )}
        {entityCount > 1 && linkCount === 0 && <> · no two entities share a sentence{minWeight > 1 ? ' that often' : ''}</>}
      </p>
      <div className="graph__body">
        <div className="graph__stage">
          <GraphCanvas
            ref={canvas}
            elements={elements}
            focusedId={focused?.id ?? null}
            onFocus={focus}
            onLayout={setLayoutMs}
            description={`Graph of ${entityCount} entities around their categories, with ${linkCount} links. The list beside it holds the same entities.`}
          />
          {graph.nodes.length === 0 && <p className="graph__overlay">Every label is filtered out: tick a label to show its entities.</p>}
        </div>
        <aside className="graph__side">
          {focused?.kind === 'hub' && <HubDetails hub={focused} graph={graph} onFocus={focus} />}
          {focused?.kind === 'entity' && focusedEntity && (
            <EntityDetails
              key={focused.id}
              node={focused}
              entity={focusedEntity}
              document={analysis.document}
              graph={graph}
              onFocus={focus}
              onShowInText={showInText}
            />
          )}
          {focused === null && <GraphEntityIndex graph={graph} onFocus={focus} />}
        </aside>
      </div>
    </section>
  );
}

function formatMs(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}
