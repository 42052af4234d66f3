import type { TypeConfusion } from '../../core/eval';
import { ownValue } from '../../core/ownValue';
import { LabelChip } from './LabelChip';

/**
 * Which label the model gave the entities whose exact boundaries it found (rows: gold, columns:
 * predicted), with the entities it missed or invented (or whose boundaries it got wrong) beside them.
 */
export function ConfusionTable({ confusion }: { confusion: TypeConfusion }) {
  const labels = [
    ...new Set([...Object.keys(confusion.matched), ...Object.values(confusion.matched).flatMap(Object.keys), ...Object.keys(confusion.unmatchedGold), ...Object.keys(confusion.unmatchedPredicted)]),
  ].sort();
  if (labels.length === 0) return <p className="muted">No entities in the test split or the predictions.</p>;
  return (
    <div className="table-scroll">
      <table className="table table--confusion" data-testid="confusion-table">
        <caption>Confusion between labels: gold (rows) against predicted (columns), entities with the same boundaries</caption>
        <thead>
          <tr>
            <th scope="col">gold ↓ predicted →</th>
            {labels.map((label) => <th key={label} scope="col"><LabelChip label={label} /></th>)}
            <th scope="col">missed or wrong boundaries</th>
          </tr>
        </thead>
        <tbody>
          {labels.map((gold) => (
            <tr key={gold} data-label={gold}>
              <th scope="row"><LabelChip label={gold} /></th>
              {labels.map((predicted) => {
                const row = ownValue(confusion.matched, gold);
                const value = (row && ownValue(row, predicted)) ?? 0;
                const kind = value === 0 ? '' : gold === predicted ? 'cell--right' : 'cell--wrong';
                return <td key={predicted} className={kind}>{value}</td>;
              })}
              <td className={ownValue(confusion.unmatchedGold, gold) ? 'cell--wrong' : ''}>{ownValue(confusion.unmatchedGold, gold) ?? 0}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">invented or wrong boundaries</th>
            {labels.map((predicted) => (
              <td key={predicted} className={ownValue(confusion.unmatchedPredicted, predicted) ? 'cell--wrong' : ''}>{ownValue(confusion.unmatchedPredicted, predicted) ?? 0}</td>
            ))}
            <td />
          </tr>
        </tbody>
      </table>
    </div>
  );
}
