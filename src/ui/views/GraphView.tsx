import { useAnalysisStore } from '../../store/analysisStore';
import { EmptyState } from '../components/EmptyState';
import { EntityGraphExplorer } from '../graph/EntityGraphExplorer';

/** The Graph tab: the analysed document's entity graph, or what to do to get one. */
export function GraphView() {
  const analysis = useAnalysisStore((state) => state.analysis);
  const status = useAnalysisStore((state) => state.status);

  if (analysis === null) {
    return (
      <EmptyState title="Entity graph">
        <p>
          {status === 'analyzing' ? 'The text is being analysed; its graph appears here when it is done. ' : 'No text has been analysed yet. '}
          Once one is, its entities appear here as a graph: each entity beside its category (Person,
          Organization, Location, …), linked to the entities it shares sentences with, labelled by the
          verb that links them.
        </p>
        <p>
          <a href="#/analyze">Analyze a text</a>
        </p>
      </EmptyState>
    );
  }
  if (analysis.entities.length === 0) {
    return (
      <EmptyState title="Entity graph">
        <p>The model found no entities in this text, so there is nothing to draw.</p>
        <p>
          <a href="#/analyze">Back to the text</a>
        </p>
      </EmptyState>
    );
  }
  return <EntityGraphExplorer analysis={analysis} />;
}
