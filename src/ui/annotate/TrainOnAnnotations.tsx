import { useState } from 'react';
import { annotationTrainingSet } from '../../core/annotation';
import type { Evaluation } from '../../model';
import { useAnnotationStore } from '../../store/annotationStore';
import { HELD_OUT_SEED, useAnnotationTrainStore } from '../../store/annotationTrainStore';
import { isBusy } from '../../store/trainRun';
import { REHEARSAL_ARTICLE } from './rehearsalArticle';
import { percent } from '../train/format';
import { TrainingRunView } from '../train/TrainingRun';
import '../train/train.css';

/** One button: fine-tune the active model on the annotations, see what changed, save it as a new model. */
export function TrainOnAnnotations() {
  const documents = useAnnotationStore((state) => state.documents);
  const { run, outcome, save, suggestedName, train, pause, resume, cancel, saveAndUse } = useAnnotationTrainStore();
  const [name, setName] = useState<string | null>(null);
  const counts = annotationTrainingSet(documents, { seed: HELD_OUT_SEED }).counts;
  const nothing = counts.reviewed + counts.partial + counts.heldOut === 0;

  return (
    <div className="annotation-training" data-testid="annotation-training">
      <p className="muted" data-testid="training-counts">
        {counts.reviewed + counts.heldOut} reviewed sentences ({counts.heldOut} held out for scoring), {counts.partial} corrected but not reviewed (partial labels).
      </p>
      <button type="button" className="button" onClick={() => { setName(null); void train(REHEARSAL_ARTICLE); }} disabled={nothing || isBusy(run.status)}>
        Train on my annotations
      </button>
      <TrainingRunView heading="Training on the annotations" run={run} outcome={outcome} pauseTraining={pause} resumeTraining={resume} cancelTraining={cancel} />
      {outcome && (
        <div data-testid="annotation-outcome">
          <p data-testid="held-out-scores">{heldOutLine(outcome.before, outcome.after, outcome.counts.heldOut)}</p>
          <p data-testid="corrected-sentences">
            Corrected sentences tagged as you corrected them: {outcome.corrected.rightBefore} of {outcome.corrected.sentences} before, {outcome.corrected.rightAfter} after
            {outcome.counts.rehearsal > 0 ? ` (with ${outcome.counts.rehearsal} sentences ${outcome.rehearsedFrom === 'dataset' ? 'of your uploaded dataset' : 'of your other text'} rehearsed)` : ''}.
          </p>
          <form
            onSubmit={(event) => {
              event.preventDefault();
              void saveAndUse(name ?? suggestedName);
            }}
          >
            <label>
              Save as <input value={name ?? suggestedName} onChange={(event) => setName(event.target.value)} aria-label="New model name" />
            </label>{' '}
            <button type="submit" disabled={save.status === 'saving' || save.status === 'saved'}>Save as a new model and use it</button>
          </form>
          {save.status === 'saved' && <p role="status" data-testid="annotation-model-saved">Saved as {save.key}; it is the active model now.</p>}
          {save.status === 'failed' && <p className="notice notice--error" role="alert">{save.error}</p>}
        </div>
      )}
    </div>
  );
}

function heldOutLine(before: Evaluation | null, after: Evaluation | null, heldOut: number): string {
  if (!before || !after) return 'No sentences were held out (fewer than 10 reviewed): there is no before/after score yet.';
  return `Held-out F1 on ${heldOut} reviewed sentences: ${percent(before.f1)} before, ${percent(after.f1)} after.`;
}
