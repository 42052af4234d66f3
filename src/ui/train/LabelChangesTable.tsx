import type { LabelChange } from '../../core/eval';
import { count, percent } from './format';
import { LabelChip } from './LabelChip';

/** Per-label F1 before (the base model) and after fine-tuning, with a warning for each label that got worse. */
export function LabelChangesTable({ changes, baseModel }: { changes: readonly LabelChange[]; baseModel: string }) {
  if (changes.length === 0) return null;
  const worse = changes.filter((change) => change.worse);
  return (
    <div className="label-changes" data-testid="label-changes">
      {worse.length > 0 && (
        <p className="message message--warning" role="alert" data-testid="label-changes-warning">
          Fine-tuning made {worse.map((change) => change.label).join(', ')} worse than in {baseModel}: keep {baseModel} for{' '}
          {worse.length === 1 ? 'that label' : 'those labels'}, or fine-tune with a lower learning rate or fewer epochs.
        </p>
      )}
      <table className="table">
        <caption>F1 per label before ({baseModel}) and after fine-tuning, each on data that has the label</caption>
        <thead>
          <tr><th scope="col">Label</th><th scope="col">Before</th><th scope="col">After</th><th scope="col">Scored on</th></tr>
        </thead>
        <tbody>
          {changes.map((change) => (
            <tr key={change.label} data-label={change.label} data-worse={change.worse} className={change.worse ? 'label-changes__worse' : undefined}>
              <th scope="row"><LabelChip label={change.label} /></th>
              <td>{change.before === null ? 'new label' : percent(change.before)}</td>
              <td>{percent(change.after)}{change.worse && ' ▼'}</td>
              <td>{change.data} · {count(change.support)} {change.support === 1 ? 'entity' : 'entities'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
