import { useEffect, useState } from 'react';
import { useEngineStore } from '../../store/engineStore';
import { useModelsStore } from '../../store/modelsStore';
import { DefaultModelCard } from './DefaultModelCard';
import { ImportModel } from './ImportModel';
import { StoredModelCard } from './StoredModelCard';
import { BrokenModelCard } from './BrokenModelCard';
import { ErrorBoundary } from '../components/ErrorBoundary';
import '../train/train.css';
import './models.css';
import { errorMessage } from '../../core/errors';

/** The Models view: the shipped model and those stored in this browser; switch, rename, delete, download, import. */
export function ModelsPage() {
  const engineReady = useEngineStore((state) => state.engine !== null);
  const { active, status, error, failedRef, defaultModel, stored, broken, refreshStored, probeDefault } = useModelsStore();
  const [listError, setListError] = useState<string | null>(null);

  useEffect(() => {
    void probeDefault();
  }, [probeDefault]);
  useEffect(() => {
    if (engineReady) refreshStored().catch((caught: unknown) => setListError(errorMessage(caught)));
  }, [engineReady, refreshStored]);

  // A missing shipped model is explained on its card; any other failed load is said here.
  const failure =
    failedRef && error && !(failedRef.kind === 'default' && defaultModel.status === 'missing')
      ? `${failedRef.kind === 'default' ? 'The shipped model' : `“${failedRef.key}”`} could not be loaded: ${error}${active ? ` — ${active.name} stays active.` : ''}`
      : null;
  const sorted = [...stored].sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  return (
    <section className="models" aria-labelledby="models-heading">
      <h2 id="models-heading">Models</h2>
      <p className="models__active" role="status" data-testid="active-model">
        {status === 'loading' && 'Loading the model…'}
        {status !== 'loading' && (active ? <>Active model: <strong>{active.name}</strong> ({active.labels.join(', ')})</> : 'No model is active.')}
      </p>
      {failure && <p className="message message--error" role="alert" data-testid="activate-error">{failure}</p>}
      <h3>Shipped</h3>
      <ul className="model-list">
        <ErrorBoundary fallback={(problem) => <li className="model-card model-card--broken" role="alert">The shipped model’s card could not be shown: {problem}</li>}>
          <DefaultModelCard />
        </ErrorBoundary>
      </ul>
      <h3>In this browser</h3>
      {listError && <p className="message message--error" role="alert">The stored models could not be listed: {listError}</p>}
      {sorted.length === 0 && broken.length === 0 ? (
        <p className="muted" data-testid="no-stored-models">No models are stored in this browser yet: train one in Train, or import one.</p>
      ) : (
        <ul className="model-list" data-testid="stored-models">
          {sorted.map((model) => (
            <ErrorBoundary key={model.key} fallback={(problem) => <BrokenModelCard modelKey={model.key} problem={`its card failed to render (${problem})`} />}>
              <StoredModelCard model={model} />
            </ErrorBoundary>
          ))}
          {broken.map((record) => <BrokenModelCard key={record.key} modelKey={record.key} problem={record.problem} />)}
        </ul>
      )}
      <ImportModel />
    </section>
  );
}
