import type { Evaluation } from '../../model';
import { count, percent } from './format';
import { LabelChip } from './LabelChip';

/** Per-label precision/recall/F1 with conlleval semantics (exact span and type), and the micro average. */
export function ScoresTable({ evaluation, split }: { evaluation: Evaluation; split: string }) {
  const rows = Object.entries(evaluation.perType);
  return (
    <table className="table" data-testid="per-label-table">
      <caption>Entity scores per label on the {split} split (exact span and label, as conlleval counts them)</caption>
      <thead>
        <tr>
          <th scope="col">Label</th>
          <th scope="col">Precision</th>
          <th scope="col">Recall</th>
          <th scope="col">F1</th>
          <th scope="col">Gold</th>
          <th scope="col">Predicted</th>
          <th scope="col">Correct</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([label, scores]) => (
          <tr key={label} data-label={label}>
            <th scope="row"><LabelChip label={label} /></th>
            <td>{percent(scores.precision)}</td>
            <td>{percent(scores.recall)}</td>
            <td>{percent(scores.f1)}</td>
            <td>{count(scores.gold)}</td>
            <td>{count(scores.predicted)}</td>
            <td>{count(scores.correct)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr data-testid="micro-row">
          <th scope="row">All labels (micro)</th>
          <td>{percent(evaluation.precision)}</td>
          <td>{percent(evaluation.recall)}</td>
          <td data-testid="micro-f1">{percent(evaluation.f1)}</td>
          <td>{count(evaluation.counts.gold)}</td>
          <td>{count(evaluation.counts.predicted)}</td>
          <td>{count(evaluation.counts.correct)}</td>
        </tr>
      </tfoot>
    </table>
  );
}
