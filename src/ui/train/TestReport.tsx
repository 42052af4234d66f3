import type { TrainOutcome } from '../../engine/api';
import { ConfusionTable } from './ConfusionTable';
import { ErrorExamples } from './ErrorExamples';
import { LabelChangesTable } from './LabelChangesTable';
import { MIN_DEV_ENTITIES } from '../../model/spec';
import { count, percent } from './format';
import { SaveModelForm } from './SaveModelForm';
import { ScoresTable } from './ScoresTable';

/** Step 6: how the trained model does on sentences it never saw, and saving it. */
export function TestReport({ outcome }: { outcome: TrainOutcome }) {
  const { test, splits } = outcome;
  return (
    <section className="train-step" aria-labelledby="result-heading" data-testid="test-report">
      <h3 id="result-heading">6. Result on the test split</h3>
      <p className="muted">
        Split used: train {count(splits.train)} · dev {count(splits.dev)} · test {count(splits.test)} sentences. The test split
        took no part in training or in choosing the best epoch.
      </p>
      {outcome.meta.training?.labelChanges && outcome.meta.training.baseModel && (
        <>
          <h4>What fine-tuning changed</h4>
          <LabelChangesTable changes={outcome.meta.training.labelChanges} baseModel={outcome.meta.training.baseModel} />
        </>
      )}
      {test ? (
        <>
          <p className="headline" data-testid="test-headline">
            Test split: F1 <strong>{percent(test.f1)}</strong> · precision {percent(test.precision)} · recall {percent(test.recall)} (micro-averaged over{' '}
            {count(test.counts.gold)} entities in {count(test.sentences)} sentences) · token accuracy {percent(test.tokenAccuracy)}
          </p>
          {test.counts.gold < MIN_DEV_ENTITIES && (
            <p className="message message--warning" data-testid="few-test-entities">
              The test split holds only {count(test.counts.gold)} {test.counts.gold === 1 ? 'entity' : 'entities'}: each one moves F1 by
              whole points, so read this figure as a rough sign, not a measurement. A larger dataset or test share gives one that means more.
            </p>
          )}
          <ScoresTable evaluation={test} split="test" />
          <h4>Confusion between labels</h4>
          <ConfusionTable confusion={test.confusion} />
          <h4>Mistakes on test sentences</h4>
          <ErrorExamples examples={outcome.errorExamples} />
        </>
      ) : (
        <p className="message message--warning" data-testid="no-test-split">
          The test split is empty, so there are no held-out figures: use a larger dataset or a larger test share.
        </p>
      )}
      <SaveModelForm />
    </section>
  );
}
