import type { TrainOutcome } from '../../engine/api';
import type { RunState } from '../../store/trainRun';
import { useEngineStore } from '../../store/engineStore';
import { useTrainStore } from '../../store/trainStore';
import { backendWords } from '../components/backendWords';
import { count, duration, percent } from './format';
import { LineChart } from './LineChart';
import { ProgressBar } from './ProgressBar';

const STATUS_TEXT: Record<RunState['status'], string> = {
  idle: '',
  starting: 'Starting: ',
  running: 'Training',
  paused: 'Paused',
  cancelling: 'Cancelling…',
  cancelled: 'Training was cancelled; nothing was saved. Change the settings and train again whenever you like.',
  failed: 'Training failed',
  done: 'Training finished',
};

const LOSS_COLOR = '#3b5bdb';
const DEV_COLORS = { precision: '#f08c00', recall: '#2f9e44', f1: '#c2255c' };

/** Step 5: the run in progress (or just ended): progress, live curves, pause and cancel. */
export function TrainingRun() {
  const run = useTrainStore((state) => state.run);
  const outcome = useTrainStore((state) => state.outcome);
  const pauseTraining = useTrainStore((state) => state.pauseTraining);
  const resumeTraining = useTrainStore((state) => state.resumeTraining);
  const cancelTraining = useTrainStore((state) => state.cancelTraining);
  return <TrainingRunView heading="5. Training" run={run} outcome={outcome} pauseTraining={pauseTraining} resumeTraining={resumeTraining} cancelTraining={cancelTraining} />;
}

interface RunViewProps {
  heading: string;
  run: RunState;
  outcome: Pick<TrainOutcome, 'result'> | null;
  pauseTraining: () => Promise<void>;
  resumeTraining: () => Promise<void>;
  cancelTraining: () => Promise<void>;
}

/** A run's progress, curves, Pause/Resume/Cancel: the Train view's, and "Train on my annotations"'. */
export function TrainingRunView({ heading, run, outcome, pauseTraining, resumeTraining, cancelTraining }: RunViewProps) {
  const warmUp = backendWords(useEngineStore((state) => state.info)).warmUp;
  if (run.status === 'idle') return null;
  const { progress, curves } = run;
  const live = run.status === 'running' || run.status === 'paused' || run.status === 'starting';
  const lastF1 = curves.f1.at(-1);

  return (
    <section className="train-step" aria-labelledby="run-heading" data-testid="training-run" data-status={run.status}>
      <h3 id="run-heading">{heading}</h3>
      <p role="status" className={run.status === 'failed' ? 'message message--error' : 'run-status'} data-testid="run-status">
        {STATUS_TEXT[run.status]}{run.status === 'starting' && warmUp}
        {run.status === 'failed' && `: ${run.error}`}
      </p>
      {progress && (
        <>
          {/* Early stopping ends a run before its planned steps: a finished run shows a full bar. */}
          <ProgressBar label="Training progress" value={run.status === 'done' ? progress.steps : progress.step} max={progress.steps} />
          <p className="run-figures" data-testid="run-figures">
            Epoch {progress.epoch} of {progress.epochs} · step {count(progress.step)} of {count(progress.steps)} ·{' '}
            {count(progress.tokensPerSecond)} tokens/s
            {live && <> · about {duration(progress.etaSeconds)} left</>}
          </p>
        </>
      )}
      {live && (
        <div className="run-buttons">
          {run.status === 'paused' ? (
            <button type="button" className="button" onClick={() => void resumeTraining()}>Resume</button>
          ) : (
            <button type="button" className="button button--secondary" onClick={() => void pauseTraining()} disabled={run.status !== 'running'}>Pause</button>
          )}
          <button type="button" className="button button--danger" onClick={() => void cancelTraining()}>Cancel</button>
        </div>
      )}
      {run.notice && <p className="message message--warning" role="alert" data-testid="run-notice">{run.notice}</p>}
      {outcome && <EarlyStopNote outcome={outcome} run={run} />}
      {(progress || outcome) && (
        <div className="run-charts">
          <LineChart
            testId="loss-chart"
            title="Training loss"
            xLabel="epoch"
            x={curves.lossAt}
            series={[{ label: 'loss per token', color: LOSS_COLOR, values: curves.loss }]}
            summary={curves.loss.length > 0 ? `latest ${curves.loss.at(-1)!.toFixed(3)} after ${curves.lossAt.at(-1)!.toFixed(2)} epochs` : 'no steps yet'}
          />
          <LineChart
            testId="dev-chart"
            title="Dev precision, recall and F1"
            xLabel="epoch"
            x={curves.devEpochs}
            yRange={[0, 1]}
            series={[
              { label: 'precision', color: DEV_COLORS.precision, values: curves.precision },
              { label: 'recall', color: DEV_COLORS.recall, values: curves.recall },
              { label: 'F1', color: DEV_COLORS.f1, values: curves.f1 },
            ]}
            summary={lastF1 === undefined ? 'scored at the end of each epoch' : `epoch ${curves.devEpochs.at(-1)}: F1 ${percent(lastF1)}, precision ${percent(curves.precision.at(-1)!)}, recall ${percent(curves.recall.at(-1)!)}`}
          />
        </div>
      )}
    </section>
  );
}

function EarlyStopNote({ outcome, run }: { outcome: Pick<TrainOutcome, 'result'>; run: RunState }) {
  const { result } = outcome;
  const stoppedEarly = run.plannedEpochs !== null && result.epochs < run.plannedEpochs;
  const why = result.dev?.f1 === 1 ? 'dev F1 reached 100%' : `dev F1 had not improved for ${run.patience ?? 'several'} epochs`;
  return (
    <p className="run-summary" data-testid="run-summary">
      {stoppedEarly
        ? `Stopped early after epoch ${result.epochs} of ${run.plannedEpochs}: ${why}. `
        : `Ran ${result.epochs} ${result.epochs === 1 ? 'epoch' : 'epochs'}. `}
      {result.dev && !result.devDecided
        ? `The dev split has only ${result.devEntities} ${result.devEntities === 1 ? 'entity' : 'entities'}, too few to compare epochs (dev F1 ${percent(result.dev.f1)} says little), so training did not stop early on it and the last epoch is kept.`
        : result.dev
          ? `Best epoch: ${result.bestEpoch} (dev F1 ${percent(result.dev.f1)} on ${count(result.devEntities)} entities); its weights are the ones kept.`
          : 'There was no dev split, so the last epoch is kept.'}{' '}
      {duration(result.seconds)} at {count(result.tokensPerSecond)} tokens/s.
    </p>
  );
}
