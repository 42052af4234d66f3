import { useMemo, useState } from 'react';
import type { Entity } from '../../core/analysis';
import { labelColor, labelName } from '../labels';
import { entityRows, type EntitySort, type EntitySortKey } from './entityRows';
import { placeOf, placeText } from './firstPlace';

const COLUMNS: { key: EntitySortKey; title: string }[] = [
  { key: 'text', title: 'Entity' },
  { key: 'label', title: 'Label' },
  { key: 'count', title: 'Count' },
  { key: 'firstStart', title: 'First at' },
];

/** Rows rendered at first: a 50,000-word text has thousands of entities, and rendering them all at once blocks the page. */
const FIRST_ROWS = 200;

type Range = { start: number; end: number };

interface Props {
  entities: readonly Entity[];
  /** The analysis's paragraphs and sentences, to say where an entity first appears. */
  paragraphs: readonly Range[];
  sentences: readonly Range[];
  onShow: (entity: Entity) => void;
}

/** Unique entities, sortable by any column, filterable; a click shows the entity's mentions in the text. */
export function EntityTable({ entities, paragraphs, sentences, onShow }: Props) {
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
        <table className="entity-table__table">
          <colgroup>
            <col />
            <col className="entity-table__col-label" />
            <col className="entity-table__col-count" />
            <col className="entity-table__col-first" />
          </colgroup>
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
                <td className="entity-table__entity">
                  <button type="button" className="linklike" onClick={() => onShow(entity)} title={`${entity.text}: show its mentions in the text`}>
                    {entity.text}
                  </button>
                </td>
                <td>
                  <span className="label-chip" style={{ background: labelColor(entity.label) }}>{labelName(entity.label)}</span>
                </td>
                <td className="num">{entity.count}</td>
                <td className="entity-table__first" data-testid="first-at">{placeText(placeOf(entity.firstStart, paragraphs, sentences))}</td>
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
