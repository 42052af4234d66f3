import { useState } from 'react';
import { useModelsStore } from '../../store/modelsStore';
import { errorMessage } from '../../core/errors';

/** A stored record that is not a usable model (or whose card failed to render): why, and a Delete. */
export function BrokenModelCard({ modelKey, problem }: { modelKey: string; problem: string }) {
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const remove = () => useModelsStore.getState().remove(modelKey).catch((caught: unknown) => setError(errorMessage(caught)));
  return (
    <li className="model-card model-card--broken" data-testid="broken-model-card" data-key={modelKey}>
      <header className="model-card__header">
        <h4 className="model-card__name">{modelKey}</h4>
        <span className="badge badge--muted">cannot be used</span>
      </header>
      <p>This stored model cannot be read: {problem}.</p>
      <div className="model-card__actions">
        {confirming ? (
          <span className="model-card__confirm" role="group" aria-label={`Delete ${modelKey}?`}>
            Delete “{modelKey}” from this browser?{' '}
            <button type="button" className="button button--danger button--small" onClick={() => void remove()}>Delete</button>{' '}
            <button type="button" className="button button--secondary button--small" onClick={() => setConfirming(false)}>Keep</button>
          </span>
        ) : (
          <button type="button" className="button button--danger button--small" onClick={() => setConfirming(true)}>Delete</button>
        )}
      </div>
      {error && <p className="message message--error" role="alert">{error}</p>}
    </li>
  );
}
