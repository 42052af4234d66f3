import { useState } from 'react';
import type { StoredModel } from '../../engine/api';
import { useModelsStore } from '../../store/modelsStore';
import { downloadFile } from '../download';
import { ModelDetails } from './ModelDetails';
import { RenameForm } from './RenameForm';
import { errorMessage } from '../../core/errors';

/** A model stored in this browser, with what can be done to it. */
export function StoredModelCard({ model }: { model: StoredModel }) {
  const activeRef = useModelsStore((state) => state.activeRef);
  const loading = useModelsStore((state) => state.status === 'loading');
  const { activate, rename, remove, exportZip } = useModelsStore.getState();
  const isActive = activeRef?.kind === 'stored' && activeRef.key === model.key;
  const [mode, setMode] = useState<'view' | 'rename' | 'confirm-delete'>('view');
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  /** Runs one action; its failure is shown on the card, and the result says whether it worked. */
  async function act(what: string, action: () => Promise<void>): Promise<boolean> {
    setBusy(what);
    setError(null);
    try {
      await action();
      return true;
    } catch (caught) {
      setError(errorMessage(caught));
      return false;
    } finally {
      setBusy(null);
    }
  }

  const download = () => act('download', async () => downloadFile(`${model.key}.zip`, (await exportZip(model.key)) as Uint8Array<ArrayBuffer>, 'application/zip'));
  const confirmDelete = async () => {
    if (!(await act('delete', () => remove(model.key)))) setMode('view');
  };

  return (
    <li className={isActive ? 'model-card model-card--active' : 'model-card'} data-testid="model-card" data-key={model.key}>
      <header className="model-card__header">
        <h4 className="model-card__name">{model.key}</h4>
        {isActive && <span className="badge" data-testid="active-badge">active</span>}
        <span className="muted model-card__saved">saved {new Date(model.savedAt).toLocaleString()}</span>
      </header>
      {mode === 'rename' && (
        <RenameForm current={model.key} onRename={(name) => act('rename', () => rename(model.key, name))} onClose={() => setMode('view')} />
      )}
      <ModelDetails meta={model.meta} />
      <div className="model-card__actions">
        {!isActive && (
          <button type="button" className="button button--small" disabled={loading} onClick={() => void activate({ kind: 'stored', key: model.key })}>
            Use this model
          </button>
        )}
        <button type="button" className="button button--secondary button--small" onClick={() => setMode('rename')} disabled={busy !== null}>Rename</button>
        <button type="button" className="button button--secondary button--small" onClick={() => void download()} disabled={busy !== null}>
          {busy === 'download' ? 'Preparing…' : 'Download .zip'}
        </button>
        {mode === 'confirm-delete' ? (
          <span className="model-card__confirm" role="group" aria-label={`Delete ${model.key}?`}>
            Delete “{model.key}” from this browser?{' '}
            <button type="button" className="button button--danger button--small" onClick={() => void confirmDelete()}>
              Delete
            </button>{' '}
            <button type="button" className="button button--secondary button--small" onClick={() => setMode('view')}>Keep</button>
          </span>
        ) : (
          <button
            type="button"
            className="button button--danger button--small"
            onClick={() => setMode('confirm-delete')}
            disabled={isActive || busy !== null}
            title={isActive ? 'Switch to another model before deleting this one' : undefined}
          >
            Delete
          </button>
        )}
      </div>
      {error && <p className="message message--error" role="alert">{error}</p>}
    </li>
  );
}
