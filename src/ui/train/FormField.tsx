import { useId } from 'react';

interface Props {
  label: string;
  /** One line on what the setting does and when to change it. */
  hint: string;
  value: string;
  error?: string;
  disabled?: boolean;
  onChange: (value: string) => void;
  inputMode?: 'numeric' | 'decimal' | 'text';
  testId?: string;
}

/** A labelled text input with its explanation and, when the value is wrong, what to enter instead. */
export function FormField({ label, hint, value, error, disabled, onChange, inputMode = 'decimal', testId }: Props) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id} className="field__label">{label}</label>
      <input
        id={id}
        className="field__input"
        value={value}
        inputMode={inputMode}
        disabled={disabled}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
        onChange={(event) => onChange(event.target.value)}
        data-testid={testId}
      />
      <span id={`${id}-hint`} className="field__hint">{hint}</span>
      {error && <span id={`${id}-error`} className="field__error">{error}</span>}
    </div>
  );
}
