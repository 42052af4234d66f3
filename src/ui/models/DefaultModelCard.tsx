import { useModelsStore } from '../../store/modelsStore';
import { downloadFile } from '../download';
import { ModelDetails } from './ModelDetails';

/** The model that ships with NER Studio (public/models/default/), or why this build has none. */
export function DefaultModelCard() {
  const defaultModel = useModelsStore((state) => state.defaultModel);
  const activeRef = useModelsStore((state) => state.activeRef);
  const loading = useModelsStore((state) => state.status === 'loading');
  const { activate, exportZip } = useModelsStore.getState();
  const isActive = activeRef?.kind === 'default';

  if (defaultModel.status === 'missing') {
    return (
      <li className="model-card model-card--missing" data-testid="default-model" data-status="missing">
        <h4 className="model-card__name">Shipped model</h4>
        <p>
          This build of NER Studio ships no default model ({defaultModel.reason}).
          Train one in Train, or import a <code>.zip</code> bundle below.
        </p>
      </li>
    );
  }
  if (defaultModel.status !== 'available') {
    return <li className="model-card" data-testid="default-model">Looking for the shipped model…</li>;
  }
  return (
    <li className={isActive ? 'model-card model-card--active' : 'model-card'} data-testid="default-model" data-status="available">
      <header className="model-card__header">
        <h4 className="model-card__name">{defaultModel.meta.name}</h4>
        <span className="badge badge--muted">shipped with NER Studio</span>
        {isActive && <span className="badge" data-testid="active-badge">active</span>}
      </header>
      <ModelDetails meta={defaultModel.meta} />
      <div className="model-card__actions">
        {!isActive && (
          <button type="button" className="button button--small" disabled={loading} onClick={() => void activate({ kind: 'default' })}>
            Use this model
          </button>
        )}
        {isActive && (
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => void exportZip(null).then((bytes) => downloadFile(`${defaultModel.meta.name}.zip`, bytes as Uint8Array<ArrayBuffer>, 'application/zip'))}
          >
            Download .zip
          </button>
        )}
      </div>
    </li>
  );
}
