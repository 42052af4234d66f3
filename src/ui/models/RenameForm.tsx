import { useState, type FormEvent } from 'react';

interface Props {
  current: string;
  /** Resolves true once renamed; false when it failed (the caller shows why). */
  onRename: (name: string) => Promise<boolean>;
  onClose: () => void;
}

/** An inline name editor: Enter saves, Escape (or Cancel) leaves the name as it was. */
export function RenameForm({ current, onRename, onClose }: Props) {
  const [name, setName] = useState(current);
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const renamed = await onRename(name.trim());
    setBusy(false);
    if (renamed) onClose();
  }

  return (
    <form className="rename-form" onSubmit={(event) => void onSubmit(event)} aria-label={`Rename ${current}`}>
      <label className="field__label" htmlFor={`rename-${current}`}>New name</label>
      <input
        id={`rename-${current}`}
        className="field__input"
        value={name}
        maxLength={80}
        autoFocus
        onChange={(event) => setName(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') onClose();
        }}
      />
      <button type="submit" className="button button--small" disabled={busy}>Save name</button>
      <button type="button" className="button button--secondary button--small" onClick={onClose}>Cancel</button>
    </form>
  );
}
