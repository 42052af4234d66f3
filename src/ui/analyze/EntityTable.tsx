import { useMemo, useState } from 'react';
import type { Entity } from '../../core/analysis';
import { labelColor, labelName } from '../labels';
import { entityRows, type EntitySort, type EntitySortKey } from './entityRows';

const COLUMNS: { key: EntitySortKey; title: string }[] = [
  { key: 'text', title: 'Entity' },
  { key: 'label', title: 'Label' },
  { key: 'count', title: 'Count' },
  { key: 'firstStart', title: 'First at' },
];

/** Rows rendered at first: a 50,000-word text has thousands of entities, and rendering them all at once blocks the page. */
const FIRST_ROWS = 200;

interface Props {
  entities: readonly Entity[];
  onShow: (entity: Entity) => void;
}

/** Unique entities, sortable by any column, filterable; a click shows the entity's mentions in the text. */
export function EntityTable({ entities, onShow }: Props) {
  const [filter, setFilter] = useState('');
  const [sort, setSort] = useState<EntitySort>({ key: 'count', descending: true });
  const [showAll, setShowAll] = useState(false);
  const rows = useMemo(() => entityRows(entities, filter, sort), [entities, filter, sort]);
  const shown = showAll ? rows : rows.slice(0, FIRST_ROWS);

  function sortBy(key: EntitySortKey) {
    setSort((current) => ({ key, descending: current.key === key ? !current.descending : key === 'count' }));
  }

  return (
    <section className="entity-table" aria-label="Entities">
      <div className="entity-table__bar">
        <h3>Entities <span className="muted">({entities.length} unique)</span></h3>
        <input type="search" placeholder="Filter entities" aria-label="Filter entities" value={filter} onChange={(event) => setFilter(event.target.value)} />
      </div>
      <div className="entity-table__scroll">
        <table>
          <thead>
            <tr>
              {COLUMNS.map((column) => (
                <th key={column.key} aria-sort={sort.key === column.key ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
                  <button type="button" onClick={() => sortBy(column.key)}>
                    {column.title}
                    {sort.key === column.key ? (sort.descending ? ' ▾' : ' ▴') : ''}
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((entity) => (
              <tr key={entity.key}>
                <td>
                  <button type="button" className="linklike" onClick={() => onShow(entity)} title="Show its mentions in the text">
                    {entity.text}
                  </button>
                </td>
                <td>
                  <span className="label-chip" style={{ background: labelColor(entity.label) }}>{labelName(entity.label)}</span>
                </td>
                <td className="num">{entity.count}</td>
                <td className="num">{entity.firstStart}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {shown.length < rows.length && (
          <button type="button" className="linklike entity-table__more" onClick={() => setShowAll(true)}>
            Show all {rows.length} entities
          </button>
        )}
        {rows.length === 0 && <p className="muted">{entities.length === 0 ? 'No entities found in this text.' : 'No entity matches the filter.'}</p>}
      </div>
    </section>
  );
}
