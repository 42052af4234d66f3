import type { EntityGraph, GraphNode } from '../../core/analysis';
import { labelColor, labelName } from '../labels';
import { hubEntities } from './nodeLinks';

interface Props {
  hub: GraphNode;
  graph: EntityGraph;
  onFocus: (id: string | null) => void;
}

/** The focused category: its entities in the graph, most frequent first. */
export function HubDetails({ hub, graph, onFocus }: Props) {
  const entities = hubEntities(graph, hub.label);
  return (
    <article className="graph-details" aria-labelledby="graph-details-title" data-testid="graph-details">
      <header className="graph-details__header">
        <h3 id="graph-details-title" className="graph-details__title">
          <span className="graph-swatch" style={{ background: labelColor(hub.label) }} aria-hidden="true" /> {labelName(hub.label)}
        </h3>
        <button type="button" className="graph-details__close" onClick={() => onFocus(null)} aria-label="Close details">
          ×
        </button>
      </header>
      <p className="graph-details__meta">
        {entities.length} {entities.length === 1 ? 'entity' : 'entities'} in the graph
      </p>
      <ul className="graph-details__links">
        {entities.map((entity) => (
          <li key={entity.id}>
            <button type="button" className="graph-details__link" onClick={() => onFocus(entity.id)}>
              {entity.text}
            </button>
            <span className="graph-details__weight">
              {entity.count} {entity.count === 1 ? 'mention' : 'mentions'}
            </span>
          </li>
        ))}
      </ul>
    </article>
  );
}
