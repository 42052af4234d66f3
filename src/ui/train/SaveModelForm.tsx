import { useState, type FormEvent } from 'react';
import { hashForView } from '../../store/views';
import { useTrainStore } from '../../store/trainStore';

/** Keeps the trained model: stored in this browser (IndexedDB) under a name, and made the active model. */
export function SaveModelForm() {
  const save = useTrainStore((state) => state.save);
  const saveModel = useTrainStore((state) => state.saveModel);
  const [name, setName] = useState(save.key ?? '');

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void saveModel(name);
  }

  if (save.status === 'saved') {
    return (
      <p className="message message--success" role="status" data-testid="save-done">
        Saved as <strong>{save.key}</strong> in this browser; it is now the active model. Find it in <a href={hashForView('models')}>Models</a>.
      </p>
    );
  }
  return (
    <form className="save-form" onSubmit={onSubmit} aria-label="Save the model">
      <label htmlFor="save-name" className="field__label">Save as</label>
      <input id="save-name" className="field__input" value={name} onChange={(event) => setName(event.target.value)} maxLength={80} />
      <button type="submit" className="button" disabled={save.status === 'saving'}>
        {save.status === 'saving' ? 'Saving…' : 'Save model'}
      </button>
      {save.status === 'failed' && <p className="message message--error" role="alert" data-testid="save-error">{save.error}</p>}
      <p className="field__hint">Not saved yet: the model is lost when you leave the page or train again.</p>
    </form>
  );
}
