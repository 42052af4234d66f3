import { useState, type ChangeEvent } from 'react';
import { useModelsStore } from '../../store/modelsStore';
import { errorMessage } from '../../core/errors';
import { BUNDLE_LIMITS, MODEL_LIMITS } from '../../model/spec';

const MAX_ZIP_MB = BUNDLE_LIMITS.zipBytes / 1024 / 1024;

/** Imports a `.zip` bundle; the engine validates it, and a bad file changes nothing. */
export function ImportModel() {
  const importZip = useModelsStore((state) => state.importZip);
  const [state, setState] = useState<{ status: 'idle' | 'importing' | 'done' | 'failed'; text: string }>({ status: 'idle', text: '' });

  async function onPick(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    if (file.size > BUNDLE_LIMITS.zipBytes) {
      setState({ status: 'failed', text: `${file.name} could not be imported: it is ${Math.ceil(file.size / 1024 / 1024)} MB, and a model bundle may be at most ${MAX_ZIP_MB} MB. Your stored models are unchanged.` });
      return;
    }
    setState({ status: 'importing', text: `Importing ${file.name}…` });
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const stored = await importZip(bytes, file.name);
      setState({ status: 'done', text: `Imported ${file.name} as “${stored.key}”.` });
    } catch (error) {
      const reason = errorMessage(error);
      setState({ status: 'failed', text: `${file.name} could not be imported: ${reason}. Your stored models are unchanged.` });
    }
  }

  return (
    <section className="train-step" aria-labelledby="import-heading">
      <h3 id="import-heading">Import a model</h3>
      <p className="muted">
        A <code>.zip</code> bundle downloaded from NER Studio (meta.json, model.json, the weights and, if the model reads word clusters, clusters.txt). It is checked before
        anything is stored, and never replaces a model you have: a name already taken gets a number. At most {MAX_ZIP_MB} MB, {BUNDLE_LIMITS.entries} files and {MODEL_LIMITS.labels} labels.
      </p>
      <label className="button button--secondary">
        Import a model (.zip)
        <input type="file" accept=".zip,application/zip" className="visually-hidden" onChange={(event) => void onPick(event)} disabled={state.status === 'importing'} />
      </label>
      {state.status !== 'idle' && (
        <p
          className={state.status === 'failed' ? 'message message--error' : state.status === 'done' ? 'message message--success' : 'muted'}
          role={state.status === 'failed' ? 'alert' : 'status'}
          data-testid="import-result"
        >
          {state.text}
        </p>
      )}
    </section>
  );
}
