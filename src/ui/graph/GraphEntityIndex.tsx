import type { EntityGraph } from '../../core/analysis';
import { labelName } from '../labels';
import { hubEntities, hubsByWeight } from './nodeLinks';

interface Props {
  graph: EntityGraph;
  onFocus: (id: string) => void;
}

/**
 * Every node of the graph as a list of buttons, grouped by category: the keyboard and
 * screen-reader way into the graph (a canvas has no elements to tab to), and a readable index.
 */
export function GraphEntityIndex({ graph, onFocus }: Props) {
  const hubs = hubsByWeight(graph);
  return (
    <nav className="graph-index" aria-label="Entities in the graph">
      <p className="graph-side__hint">Click a node, or a name below, to see the sentences that mention it.</p>
      <ul className="graph-index__hubs" data-testid="graph-nodes">
        {hubs.map((hub) => {
          const entities = hubEntities(graph, hub.label);
          return (
            <li key={hub.id} data-node-id={hub.id} data-kind="hub">
              <button type="button" className="graph-index__hub" onClick={() => onFocus(hub.id)}>
                {labelName(hub.label)} <span className="graph-index__count">{entities.length}</span>
              </button>
              <ul className="graph-index__entities">
                {entities.map((entity) => (
                  <li key={entity.id} data-node-id={entity.id} data-kind="entity">
                    <button type="button" className="graph-index__entity" onClick={() => onFocus(entity.id)}>
                      {entity.text}
                      <span className="graph-index__count" aria-label={`${entity.count} mentions`}>
                        {entity.count}
                      </span>
                    </button>
                  </li>
                ))}
              </ul>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
