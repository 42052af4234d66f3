import { useCallback, useEffect, useMemo } from 'react';
import { reviewedCount } from '../../core/annotation';
import type { AnalyzedDocument } from '../../core/analysis';
import { pickerLabels, useAnnotationStore } from '../../store/annotationStore';
import { CorrectableText } from './CorrectableText';
import { colorsWith } from './labelColors';
import { LabelPicker } from './LabelPicker';
import './annotate.css';

interface Props {
  analyzed: AnalyzedDocument;
  model: string;
}

/** Correct mode in place of the highlights: the status line, the picker and the editable text. */
export function CorrectPanel({ analyzed, model }: Props) {
  const session = useAnnotationStore((state) => state.session);
  const customLabels = useAnnotationStore((state) => state.customLabels);
  const begin = useAnnotationStore((state) => state.begin);
  const perform = useAnnotationStore((state) => state.perform);
  const reviewTarget = useAnnotationStore((state) => state.reviewTarget);
  const error = useAnnotationStore((state) => state.error);
  const notice = useAnnotationStore((state) => state.notice);
  const labels = useMemo(() => pickerLabels({ customLabels, session }, analyzed.labels), [customLabels, session, analyzed.labels]);
  const colorOf = useMemo(() => colorsWith(customLabels), [customLabels]);
  const present = session?.history.present;

  useEffect(() => {
    if (!present || present.text !== analyzed.text) begin(analyzed, model);
  }, [present, analyzed, model, begin]);

  const refocus = useCallback(() => requestAnimationFrame(() => document.querySelector<HTMLElement>('[data-testid="correct-text"]')?.focus({ preventScroll: true })), []);

  if (!session || !present || present.text !== analyzed.text) return null;
  const reviewed = reviewedCount(present);
  const target = reviewTarget && reviewTarget.documentId === present.id ? reviewTarget : null;
  return (
    <div className="correct" data-testid="correct-panel">
      <div className="correct__bar">
        <span id="correct-status" data-testid="reviewed-count" role="status">
          {reviewed} of {present.sentences.length} sentences reviewed
        </span>
        <button type="button" onClick={() => { perform({ type: 'undo' }, labels); refocus(); }} disabled={session.history.past.length === 0} aria-keyshortcuts="Control+Z">
          Undo
        </button>
        <button type="button" onClick={() => { perform({ type: 'redo' }, labels); refocus(); }} disabled={session.history.future.length === 0} aria-keyshortcuts="Control+Shift+Z">
          Redo
        </button>
        <button type="button" onClick={() => { perform({ type: 'accept' }, labels); refocus(); }} aria-keyshortcuts="Enter">
          {present.sentences[session.cursor.sentence].reviewed ? 'Un-accept sentence' : 'Accept sentence'} <kbd>Enter</kbd>
        </button>
        <button type="button" onClick={() => { perform({ type: 'nextToReview' }, labels); refocus(); }} aria-keyshortcuts="N">
          Next to review <kbd>N</kbd>
        </button>
        {target && (
          <span data-testid="review-confidence">
            sentence {target.sentence + 1}: model confidence {Math.round(target.confidence * 100)}%
          </span>
        )}
      </div>
      {error && <p className="notice notice--error" role="alert" data-testid="annotation-error">{error}</p>}
      {notice && <p className="notice" role="status">{notice}</p>}
      <LabelPicker session={session} labels={labels} colorOf={colorOf} refocus={refocus} />
      <CorrectableText session={session} labels={labels} colorOf={colorOf} />
    </div>
  );
}
