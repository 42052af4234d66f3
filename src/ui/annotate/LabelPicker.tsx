import { useState, type FormEvent } from 'react';
import { LABEL_HOT_KEYS, selectedRange, spanAt } from '../../core/annotation';
import { useAnnotationStore, type CorrectSession } from '../../store/annotationStore';
import { labelName } from '../labels';
import { spanText } from './CorrectableText';

const NEW_LABEL_COLOR = '#a8d8ff';

interface Props {
  session: CorrectSession;
  labels: readonly string[];
  colorOf: (label: string) => string;
  /** Gives the keyboard back to the text after a button or the form is used. */
  refocus: () => void;
}

/** One button per label, with its hot key; what is selected; remove; and a form for a new label. */
export function LabelPicker({ session, labels, colorOf, refocus }: Props) {
  const applyLabel = useAnnotationStore((state) => state.applyLabel);
  const perform = useAnnotationStore((state) => state.perform);
  const addingLabel = useAnnotationStore((state) => state.addingLabel);
  const setAddingLabel = useAnnotationStore((state) => state.setAddingLabel);
  const document = session.history.present;
  const range = selectedRange(session.anchor ?? session.cursor, session.cursor);
  const sentence = document.sentences[range.sentence];
  const focused = session.anchor ? -1 : spanAt(sentence, session.cursor.token);
  const selection = focused >= 0 ? spanText(document, range.sentence, focused) : document.text.slice(sentence.tokens[range.start].start, sentence.tokens[range.end - 1].end);

  return (
    <div className="label-picker" role="group" aria-label="Label the selection" data-testid="label-picker">
      <p className="label-picker__selection" data-testid="picker-selection">
        {focused >= 0 ? (
          <>
            “{selection}” is <strong>{labelName(sentence.spans[focused].label)}</strong>: a number relabels it, Delete removes it.
          </>
        ) : (
          <>Selected “{selection}”: a number labels it.</>
        )}
      </p>
      <div className="label-picker__buttons">
        {labels.map((label, i) => (
          <button
            key={label}
            type="button"
            className="label-picker__button"
            style={{ borderColor: colorOf(label), background: colorOf(label) }}
            data-label={label}
            aria-keyshortcuts={i < LABEL_HOT_KEYS ? String(i + 1) : undefined}
            onClick={() => {
              applyLabel(label);
              refocus();
            }}
          >
            {i < LABEL_HOT_KEYS && <kbd>{i + 1}</kbd>} {labelName(label)}
          </button>
        ))}
        {focused >= 0 && (
          <button
            type="button"
            className="button--danger"
            aria-keyshortcuts="Delete"
            onClick={() => {
              perform({ type: 'remove' }, labels);
              refocus();
            }}
          >
            Remove <kbd>Del</kbd>
          </button>
        )}
        <button type="button" aria-keyshortcuts="+" onClick={() => setAddingLabel(true)}>
          New label <kbd>+</kbd>
        </button>
      </div>
      {addingLabel && <NewLabelForm labels={labels} refocus={refocus} />}
    </div>
  );
}

function NewLabelForm({ labels, refocus }: { labels: readonly string[]; refocus: () => void }) {
  const addLabel = useAnnotationStore((state) => state.addLabel);
  const applyLabel = useAnnotationStore((state) => state.applyLabel);
  const setAddingLabel = useAnnotationStore((state) => state.setAddingLabel);
  const [name, setName] = useState('');
  const [color, setColor] = useState(NEW_LABEL_COLOR);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const label = { label: name.trim(), color: color.trim() };
    if (!addLabel(label, labels)) return;
    applyLabel(label.label);
    refocus();
  }

  return (
    <form className="new-label" onSubmit={onSubmit} onKeyDown={(event) => {
      if (event.key === 'Escape') {
        setAddingLabel(false);
        refocus();
      }
    }}>
      <label>
        New label <input autoFocus value={name} onChange={(event) => setName(event.target.value)} placeholder="e.g. product" aria-label="New label name" />
      </label>
      <label>
        Colour <input value={color} onChange={(event) => setColor(event.target.value)} aria-label="New label colour" size={8} />
      </label>
      <span className="new-label__swatch" style={{ background: /^#[0-9a-f]{6}$/i.test(color) ? color : 'transparent' }} aria-hidden="true" />
      <button type="submit">Add and apply</button>
    </form>
  );
}
