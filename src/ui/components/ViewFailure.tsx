import { useState } from 'react';
import { resetStoredData } from '../../store/storedData';

/** What a view shows when it failed to render: the error, and two ways out. */
export function ViewFailure({ error, retry }: { error: string; retry: () => void }) {
  const [confirming, setConfirming] = useState(false);
  return (
    <section className="view-failure" role="alert" data-testid="view-failure">
      <h2>This view could not be shown</h2>
      <p>{error}</p>
      <p>
        If a stored model caused it, delete that model in <a href="#/models">Models</a>; or reset this browser’s stored data (every stored model and setting; the shipped model stays).
      </p>
      <div className="view-failure__actions">
        <button type="button" className="button button--secondary" onClick={retry}>Try again</button>
        {confirming ? (
          <span role="group" aria-label="Reset stored data?">
            Delete every model stored in this browser?{' '}
            <button type="button" className="button button--danger" onClick={() => void resetStoredData()}>Reset stored data</button>{' '}
            <button type="button" className="button button--secondary" onClick={() => setConfirming(false)}>Keep</button>
          </span>
        ) : (
          <button type="button" className="button button--danger" onClick={() => setConfirming(true)}>Reset stored data…</button>
        )}
      </div>
    </section>
  );
}
