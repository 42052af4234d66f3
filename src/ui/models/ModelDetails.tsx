import type { ArchitectureConfig, ModelMeta } from '../../model/spec';
import { count, duration, percent, supportNote } from '../train/format';
import { LabelChangesTable } from '../train/LabelChangesTable';
import { LabelChip } from '../train/LabelChip';

function architectureText(architecture: ArchitectureConfig): string {
  const { encoder } = architecture;
  const body = encoder.name === 'cnn' ? `CNN, depth ${encoder.depth}, window ${encoder.window}` : `BiLSTM, ${encoder.layers} ${encoder.layers === 1 ? 'layer' : 'layers'}`;
  return `${body} · ${architecture.head === 'crf' ? 'CRF' : 'softmax'} output · width ${architecture.width} · dropout ${architecture.dropout}`;
}

/** Which labels the held-out figure covers, with their entities, and which it says nothing of. */
export function coverage(meta: ModelMeta): string {
  const perType = meta.metrics?.perType ?? {};
  const covered = meta.labels.filter((label) => (perType[label]?.support ?? 1) > 0 && perType[label] !== undefined);
  const entities = covered.reduce((sum, label) => sum + (perType[label]?.support ?? 0), 0);
  const missing = meta.labels.filter((label) => !covered.includes(label));
  const over = covered.length > 0 ? `covers ${covered.join(', ')}${entities > 0 ? ` (${supportNote(entities)})` : ''}` : 'covers no label';
  return missing.length > 0 ? `— ${over}; says nothing of ${missing.join(', ')}.` : `— ${over}.`;
}

/** What a model knows, how it is built, what it learnt from, and how well it did on held-out data. */
export function ModelDetails({ meta }: { meta: ModelMeta }) {
  const { training, metrics } = meta;
  return (
    <dl className="facts model-facts">
      <div>
        <dt>Labels</dt>
        <dd data-testid="model-labels">
          {meta.labels.map((label) => (
            <span key={label} className="report-label"><LabelChip label={label} /></span>
          ))}
        </dd>
      </div>
      <div><dt>Architecture</dt><dd>{architectureText(meta.architecture)}{meta.posTags && ' · with a POS head'}</dd></div>
      {training && (
        <div>
          <dt>Trained on</dt>
          <dd>
            {training.data} ({Object.entries(training.splits).map(([split, n]) => `${split} ${count(n)}`).join(' · ')} sentences) ·{' '}
            {training.epochs} {training.epochs === 1 ? 'epoch' : 'epochs'}{training.bestEpoch !== undefined && ` (best ${training.bestEpoch})`} ·{' '}
            {duration(training.seconds)} on {training.backend}
            {training.baseModel && training.baseModel !== meta.name && <> · fine-tuned from {training.baseModel}</>}
            {training.keptLabels && <> · {training.keptLabels.join(', ')} kept from the base model&apos;s own predictions</>}
          </dd>
        </div>
      )}
      {training?.labelChanges && training.baseModel && (
        <div>
          <dt>Per label vs {training.baseModel}</dt>
          <dd><LabelChangesTable changes={training.labelChanges} baseModel={training.baseModel} /></dd>
        </div>
      )}
      <div>
        <dt>Held-out F1</dt>
        <dd data-testid="model-metrics">
          {metrics ? (
            <>
              <strong>{percent(metrics.f1)}</strong> on the <strong>{metrics.split}</strong> split{metrics.data && <> of {metrics.data}</>} (precision {percent(metrics.precision)}, recall {percent(metrics.recall)})
              {' '}<span data-testid="metrics-coverage">{coverage(meta)}</span>
              {Object.keys(metrics.perType).length > 0 && (
                <details className="model-per-type">
                  <summary>per label</summary>
                  <table className="table">
                    <caption>F1 per label on the {metrics.split} split</caption>
                    <thead><tr><th scope="col">Label</th><th scope="col">Precision</th><th scope="col">Recall</th><th scope="col">F1</th></tr></thead>
                    <tbody>
                      {Object.entries(metrics.perType).map(([label, scores]) => (
                        <tr key={label}>
                          <th scope="row"><LabelChip label={label} /></th>
                          <td>{percent(scores.precision)}</td>
                          <td>{percent(scores.recall)}</td>
                          <td>{percent(scores.f1)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </details>
              )}
            </>
          ) : (
            'not measured (no held-out split was scored)'
          )}
        </dd>
      </div>
    </dl>
  );
}
