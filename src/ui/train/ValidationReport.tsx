import type { DatasetSummary } from '../../engine/api';
import type { DatasetVerdict } from '../../store/datasetVerdict';
import { useTrainStore } from '../../store/trainStore';
import { count, fileSize, plural } from './format';
import { LabelChip } from './LabelChip';
import { posFact, problemsHeading, sentencesWithProblems } from './reportWording';

const FORMAT_NAMES: Record<DatasetSummary['format'], string> = {
  'gmb-csv': 'GMB-style CSV',
  conll: 'CoNLL columns',
  'span-jsonl': 'span JSONL',
};

/** Step 2: what the file holds and every problem found, and — when there are problems — the choice. */
export function ValidationReport({ summary, verdict }: { summary: DatasetSummary; verdict: DatasetVerdict }) {
  const accepted = useTrainStore((state) => state.datasetAccepted);
  const acceptDataset = useTrainStore((state) => state.acceptDataset);
  const discardDataset = useTrainStore((state) => state.discardDataset);
  const labels = Object.entries(summary.stats.labels).sort(([, a], [, b]) => b.entities - a.entities);
  const hidden = summary.errorCount - summary.errors.length;

  return (
    <section className="train-step" aria-labelledby="report-heading" data-testid="validation-report">
      <h3 id="report-heading">2. Validation report</h3>
      <dl className="facts">
        <div><dt>File</dt><dd>{summary.fileName} · {fileSize(summary.bytes)} · {FORMAT_NAMES[summary.format]} · {summary.encoding}{summary.scheme && ` · tags ${summary.scheme}`}</dd></div>
        <div><dt>Sentences</dt><dd data-testid="report-sentences">{count(summary.sentences)} read, {count(summary.validSentences)} without problems</dd></div>
        <div><dt>Tokens</dt><dd data-testid="report-tokens">{count(summary.stats.tokens)} (in the sentences without problems)</dd></div>
        <div>
          <dt>Labels</dt>
          <dd data-testid="report-labels">
            {labels.length === 0 ? 'none' : labels.map(([label, { entities }]) => (
              <span key={label} className="report-label">
                <LabelChip label={label} /> {plural(entities, 'entity', 'entities')}
              </span>
            ))}
          </dd>
        </div>
        {summary.hasPos && <div><dt>POS</dt><dd data-testid="report-pos">{posFact(summary.stats.posTags)}</dd></div>}
      </dl>

      {summary.warnings.length > 0 && (
        <ul className="message message--warning">
          {summary.warnings.map((warning) => <li key={warning}>{warning}</li>)}
        </ul>
      )}

      {summary.errorCount > 0 && (
        <div className="problems" data-testid="problems">
          <h4>{problemsHeading(summary.errorCount, summary.sentences - summary.validSentences)}</h4>
          <ol className="problems__list">
            {summary.errors.map((error, i) => (
              <li key={i} data-line={error.line}>{error.message}</li>
            ))}
          </ol>
          {hidden > 0 && <p className="muted" data-testid="problems-more">…and {plural(hidden, 'more problem')} not listed (the first {summary.errors.length} are shown).</p>}
        </div>
      )}

      {verdict.kind === 'unusable' && (
        <div className="message message--error" role="alert" data-testid="dataset-unusable">
          <p>{verdict.reason}</p>
          <button type="button" className="button button--secondary" onClick={discardDataset}>Choose another file</button>
        </div>
      )}
      {verdict.kind !== 'unusable' && verdict.note && <p className="message message--warning" data-testid="dataset-note">{verdict.note}</p>}
      {verdict.kind === 'needs-decision' && !accepted && (
        <div className="decision" role="group" aria-label="What to do with the sentences that have problems">
          <p>
            Training can go on without {sentencesWithProblems(verdict.badSentences)}, on the{' '}
            {plural(summary.validSentences, 'sentence')} left — or you can stop, fix the file and upload it again.
          </p>
          <button type="button" className="button" onClick={acceptDataset}>
            Continue without the {plural(verdict.badSentences, 'bad sentence')}
          </button>
          <button type="button" className="button button--secondary" onClick={discardDataset}>Stop</button>
        </div>
      )}
      {verdict.kind === 'needs-decision' && accepted && (
        <p className="muted" data-testid="dropped-note">
          Going on without {sentencesWithProblems(verdict.badSentences)}.
        </p>
      )}
    </section>
  );
}
