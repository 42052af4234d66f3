import { memo, useEffect, useRef, type KeyboardEvent } from 'react';
import { selectedRange, snapToTokens, spanAt, type AnnotatedDocument, type AnnotatedSentence } from '../../core/annotation';
import type { CorrectSession } from '../../store/annotationStore';
import { useAnnotationStore } from '../../store/annotationStore';
import { labelName } from '../labels';

interface Props {
  session: CorrectSession;
  labels: readonly string[];
  colorOf: (label: string) => string;
}

/**
 * The document in Correct mode: spans as marks over tokens, a token cursor and selection driven
 * by the keyboard (arrows, Shift+arrows) or the mouse. Text is only ever text nodes. Each sentence
 * is memoised, so a selection change re-renders the one or two sentences it touches.
 */
export function CorrectableText({ session, labels, colorOf }: Props) {
  const pressKey = useAnnotationStore((state) => state.pressKey);
  const select = useAnnotationStore((state) => state.select);
  const container = useRef<HTMLDivElement>(null);
  const document = session.history.present;
  const range = selectedRange(session.anchor ?? session.cursor, session.cursor);

  useEffect(() => {
    container.current?.focus({ preventScroll: true });
  }, []);
  useEffect(() => {
    container.current?.querySelector('.token--cursor')?.scrollIntoView?.({ block: 'nearest' });
  }, [session.cursor]);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (pressKey(event, labels)) event.preventDefault();
  }

  function onMouseUp() {
    const selection = window.getSelection();
    if (!selection || !selection.anchorNode || !selection.focusNode) return;
    const from = offsetOf(selection.anchorNode, selection.anchorOffset);
    const to = offsetOf(selection.focusNode, selection.focusOffset);
    if (from === null || to === null) return;
    const snapped = snapToTokens(document, from, to);
    if (!snapped) return;
    selection.removeAllRanges();
    select(snapped);
    container.current?.focus({ preventScroll: true });
  }

  const pieces = [];
  let cursor = 0;
  document.sentences.forEach((sentence, index) => {
    if (sentence.start > cursor) pieces.push(<span key={`gap${cursor}`} data-from={cursor}>{document.text.slice(cursor, sentence.start)}</span>);
    const selected = range.sentence === index ? range : null;
    pieces.push(
      <SentenceView
        key={sentence.start}
        text={document.text}
        sentence={sentence}
        index={index}
        selectedStart={selected ? selected.start : -1}
        selectedEnd={selected ? selected.end : -1}
        cursorToken={session.cursor.sentence === index ? session.cursor.token : -1}
        colorOf={colorOf}
      />,
    );
    cursor = sentence.end;
  });
  if (cursor < document.text.length) pieces.push(<span key={`gap${cursor}`} data-from={cursor}>{document.text.slice(cursor)}</span>);

  return (
    <div
      ref={container}
      className="correct-text"
      data-testid="correct-text"
      tabIndex={0}
      role="application"
      aria-label="Text to correct: arrows move, Shift+arrows select, 1–9 label, Delete removes, Enter accepts the sentence, Ctrl+Z undoes"
      aria-describedby="correct-status"
      onKeyDown={onKeyDown}
      onMouseUp={onMouseUp}
    >
      {pieces}
    </div>
  );
}

/** The character offset of a DOM selection point, from the `data-from` of the text piece it lies in. */
function offsetOf(node: Node, offset: number): number | null {
  const element = node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element);
  const piece = element?.closest('[data-from]');
  if (!piece || !piece.closest('[data-testid="correct-text"]')) return null;
  return Number(piece.getAttribute('data-from')) + (node.nodeType === Node.TEXT_NODE ? offset : 0);
}

interface SentenceProps {
  text: string;
  sentence: AnnotatedSentence;
  index: number;
  selectedStart: number;
  selectedEnd: number;
  cursorToken: number;
  colorOf: (label: string) => string;
}

const SentenceView = memo(function SentenceView({ text, sentence, index, selectedStart, selectedEnd, cursorToken, colorOf }: SentenceProps) {
  const { tokens, spans } = sentence;
  const parts = [];
  let position = sentence.start;
  const tokenPiece = (t: number) => {
    const token = tokens[t];
    const classes = ['token'];
    if (t >= selectedStart && t < selectedEnd) classes.push('token--selected');
    if (t === cursorToken) classes.push('token--cursor');
    return (
      <span key={token.start} className={classes.join(' ')} data-from={token.start} data-token={t}>
        {token.text}
      </span>
    );
  };
  const gap = (to: number) => {
    if (to <= position) return null;
    const piece = <span key={`g${position}`} data-from={position}>{text.slice(position, to)}</span>;
    position = to;
    return piece;
  };
  for (let t = 0; t < tokens.length; ) {
    const s = spanAt(sentence, t);
    if (s >= 0 && spans[s].start === t) {
      const span = spans[s];
      parts.push(gap(tokens[t].start));
      const inner = [];
      for (let u = span.start; u < span.end; u++) {
        inner.push(gap(tokens[u].start));
        inner.push(tokenPiece(u));
        position = tokens[u].end;
      }
      parts.push(
        <mark
          key={`m${tokens[t].start}`}
          className="entity"
          style={{ background: colorOf(span.label) }}
          data-label={span.label}
          data-start={tokens[span.start].start}
          data-end={tokens[span.end - 1].end}
          title={labelName(span.label)}
        >
          {inner}
          <span className="entity__label" aria-hidden="true">{span.label}</span>
        </mark>,
      );
      t = span.end;
    } else {
      parts.push(gap(tokens[t].start));
      parts.push(tokenPiece(t));
      position = tokens[t].end;
      t++;
    }
  }
  parts.push(gap(sentence.end));
  return (
    <span className={sentence.reviewed ? 'correct-sentence correct-sentence--reviewed' : 'correct-sentence'} data-sentence={index} data-reviewed={sentence.reviewed}>
      {parts}
    </span>
  );
});

/** The document's text under a mark, for the picker's "selected" line. */
export function spanText(document: AnnotatedDocument, sentence: number, span: number): string {
  const { tokens, spans } = document.sentences[sentence];
  return document.text.slice(tokens[spans[span].start].start, tokens[spans[span].end - 1].end);
}
