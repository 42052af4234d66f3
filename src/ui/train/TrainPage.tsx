import { useMemo } from 'react';
import { datasetVerdict } from '../../store/datasetVerdict';
import { useEngineStore } from '../../store/engineStore';
import { backendWords } from '../components/backendWords';
import { useTrainStore } from '../../store/trainStore';
import { DatasetOverview } from './DatasetOverview';
import { DatasetUpload } from './DatasetUpload';
import { TestReport } from './TestReport';
import { TrainConfigForm } from './TrainConfigForm';
import { TrainingRun } from './TrainingRun';
import { ValidationReport } from './ValidationReport';
import './train.css';

/** The Train view: upload → validation report → dataset → configure → run → test-split report. */
export function TrainPage() {
  const summary = useTrainStore((state) => state.summary);
  const accepted = useTrainStore((state) => state.datasetAccepted);
  const outcome = useTrainStore((state) => state.outcome);
  const words = backendWords(useEngineStore((state) => state.info));
  const verdict = useMemo(() => (summary ? datasetVerdict(summary) : null), [summary]);

  return (
    <section className="train" aria-labelledby="train-heading">
      <h2 id="train-heading">Train your own recognizer</h2>
      <p className="muted train__intro">
        Fine-tune the active model or train a new one on your annotated data, here in your browser; the engine trains in a
        background worker {words.where}, so the page stays usable.
      </p>
      <DatasetUpload />
      {summary && verdict && <ValidationReport summary={summary} verdict={verdict} />}
      {summary && accepted && (
        <>
          <DatasetOverview summary={summary} />
          <TrainConfigForm summary={summary} />
        </>
      )}
      <TrainingRun />
      {outcome && <TestReport outcome={outcome} />}
    </section>
  );
}
