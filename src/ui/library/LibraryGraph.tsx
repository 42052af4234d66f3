import { useMemo } from 'react';
import { libraryGraph } from '../../core/library';
import { useLibraryStore } from '../../store/libraryStore';
import { GraphCanvas } from '../graph/GraphCanvas';
import { toCytoscapeElements } from '../graph/graphElements';
import '../graph/graph.css';
import { labelColor, labelName } from '../labels';

const ENTITY_PREFIX = 'entity:';

/** Topics and entities across the library in the graph view's canvas; a click lists their articles. */
export function LibraryGraph() {
  const summaries = useLibraryStore((state) => state.summaries);
  const term = useLibraryStore((state) => state.filter.term);
  const setFilter = useLibraryStore((state) => state.setFilter);
  const graph = useMemo(() => libraryGraph([...summaries.values()]), [summaries]);
  const elements = useMemo(
    () =>
      toCytoscapeElements(graph, { labelName, labelColor }).map((element) =>
        element.group === 'edges' ? { ...element, data: { ...element.data, caption: `${element.data.weight} articles in common` } } : element,
      ),
    [graph],
  );
  if (graph.nodes.length === 0) return <p>The graph needs entities shared by two articles or more.</p>;
  return (
    <section className="library__graph" aria-label="Library graph" data-testid="library-graph" data-nodes={graph.nodes.length} data-edges={graph.edges.length}>
      <p className="library__meta">
        {graph.nodes.length} entities and topics (size: articles mentioning them), {graph.edges.length} links (articles in common)
        {graph.hidden.reason && `; ${graph.hidden.reason}`}. Click one to list its articles.
      </p>
      <div className="library__graph-canvas">
        <GraphCanvas
          elements={elements}
          focusedId={term === null ? null : `${ENTITY_PREFIX}${term}`}
          onFocus={(id) => setFilter({ term: id?.startsWith(ENTITY_PREFIX) ? id.slice(ENTITY_PREFIX.length) : null })}
          description={`The library's entities: ${graph.nodes.length} nodes, ${graph.edges.length} links.`}
        />
      </div>
    </section>
  );
}
