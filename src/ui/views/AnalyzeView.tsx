import { useEffect, useRef, useState, type ChangeEvent, type ClipboardEvent } from 'react';
import { useAnalysisStore } from '../../store/analysisStore';
import { useDocumentStore } from '../../store/documentStore';
import { useModelsStore, type ActiveModelRef } from '../../store/modelsStore';
import { AnalysisResults } from '../analyze/AnalysisResults';
import { AnnotatedDocuments } from '../annotate/AnnotatedDocuments';
import { useAnnotationsLoaded } from '../annotate/useAnnotationsLoaded';
import { EXAMPLE_ARTICLE } from '../analyze/exampleArticle';
import { useTextDrop } from '../analyze/useTextDrop';
import { pastedText } from '../analyze/pastedText';
import { VIRTUALISE_FROM } from '../analyze/HighlightedText';

/** Past this a text is long (the highlights virtualise it too). */
const LONG_TEXT_CHARS = VIRTUALISE_FROM.chars;

function modelLabel(ref: ActiveModelRef): string {
  return ref.kind === 'default' ? 'the shipped default model' : `“${ref.key}”`;
}

/** Typing waits for a pause; a paste, a drop or the example is analysed at once. */
const TYPING_DEBOUNCE_MS = 400;

export function AnalyzeView() {
  const { text, origin, setText, remember, setRemember } = useDocumentStore();
  const activeRef = useModelsStore((state) => state.activeRef);
  const modelStatus = useModelsStore((state) => state.status);
  const modelName = useModelsStore((state) => state.active?.name);
  const analyze = useAnalysisStore((state) => state.analyze);
  const [dropError, setDropError] = useState<string | null>(null);
  // A long text is shown folded: Chromium lays out every line of a text box, 60 ms for 50,000 words
  // and seconds for 60,000 paragraphs, and the highlights below show the text anyway.
  const [editingLong, setEditingLong] = useState(false);
  const inputRef = useRef<HTMLTextAreaElement>(null);
  const folded = text.length > LONG_TEXT_CHARS && !editingLong;
  useAnnotationsLoaded();
  const drop = useTextDrop((dropped, isHtml) => {
    // A dropped .html file goes through the same bounded conversion as pasted rich text.
    const read = isHtml ? pastedText(dropped, '') : { ok: true as const, text: dropped, origin: 'plain-paste' as const, sourceUrl: null, note: null };
    setDropError(read.ok ? read.note : read.message);
    if (!read.ok) return;
    setEditingLong(false);
    setText(read.text, read.origin, read.sourceUrl);
  }, setDropError);

  useEffect(() => {
    if (modelStatus !== 'ready') return;
    const timer = setTimeout(() => void analyze(text), origin === 'typed' ? TYPING_DEBOUNCE_MS : 0);
    return () => clearTimeout(timer);
  }, [text, origin, modelStatus, modelName, analyze]);

  // Every text paste is inserted here rather than by the browser: Chromium's own insertion into a
  // textarea took 18 s for a 35,000-word paste (its editing machinery), setting the value 70 ms.
  // Rich text arrives as text/html and is converted first, so structure survives and nothing of it runs.
  function onPaste(event: ClipboardEvent<HTMLElement>) {
    const html = event.clipboardData.getData('text/html');
    const plain = event.clipboardData.getData('text/plain');
    const area = inputRef.current;
    if ((!html && !plain) || !area) return;
    event.preventDefault();
    const pasted = pastedText(html, plain);
    setDropError(pasted.ok ? pasted.note : pasted.message);
    if (!pasted.ok) return;
    const inserted = pasted.text;
    // Pasted on the folded box, a paste replaces the whole text.
    const [from, to] = folded ? [0, text.length] : [area.selectionStart, area.selectionEnd];
    const next = text.slice(0, from) + inserted + text.slice(to);
    // React reads the focused field's selectionStart/End at every commit, and Chromium counts
    // characters from the top to the caret to answer: with the caret after a 1.4 MB paste, every
    // progress update and scroll cost ~200 ms. A long text gets its caret at the top instead.
    const caret = next.length > LONG_TEXT_CHARS ? 0 : from + inserted.length;
    setEditingLong(false);
    setText(next, pasted.origin, pasted.sourceUrl);
    requestAnimationFrame(() => {
      area.setSelectionRange(caret, caret);
      if (caret === 0) area.scrollTop = 0;
    });
  }

  function onChange(event: ChangeEvent<HTMLTextAreaElement>) {
    setText(event.target.value, 'typed');
  }

  return (
    <section className="analyze">
      <div className="analyze__inputbar">
        <label className="analyze__label" htmlFor="document-input">
          Paste an article (plain or rich text), drop a .txt, .md or .html file, or type here
        </label>
        <button type="button" onClick={() => setText(EXAMPLE_ARTICLE, 'example')}>Try an example</button>
        {text !== '' && (
          <button type="button" onClick={() => setText('', 'typed')}>Clear</button>
        )}
      </div>
      {folded && (
        <div
          className={drop.over ? 'analyze__folded analyze__input--drop' : 'analyze__folded'}
          data-testid="folded-input"
          tabIndex={0}
          aria-label="The long text, folded: paste here to replace it"
          onPaste={onPaste}
          {...drop.handlers}
        >
          <span>
            A long text ({text.length.toLocaleString('en')} characters): it is shown with its highlights below, not in the text box.
            Paste or drop here to replace it.
          </span>
          <button type="button" onClick={() => setEditingLong(true)}>
            Show it in the text box
          </button>
        </div>
      )}
      <textarea
        id="document-input"
        ref={inputRef}
        hidden={folded}
        className={drop.over ? 'analyze__input analyze__input--drop' : 'analyze__input'}
        value={text}
        onPaste={onPaste}
        onChange={onChange}
        {...drop.handlers}
        placeholder="Paste a Medium post, a news story, any English text…"
        spellCheck={false}
      />
      {dropError && (
        <p className="notice notice--error" role="alert">
          {dropError}
        </p>
      )}
      <div className="analyze__modelbar">
        <span data-testid="analyze-model">
          Model: <strong>{activeRef ? modelLabel(activeRef) : modelStatus === 'loading' ? 'loading…' : 'none loaded'}</strong>{' '}
          <a href="#/models">change</a>
        </span>
        <label className="analyze__remember">
          <input type="checkbox" checked={remember} onChange={(event) => setRemember(event.target.checked, activeRef)} /> Keep the text and
          model on this device for the next visit
        </label>
      </div>
      <AnalysisResults text={text} origin={origin} />
      <AnnotatedDocuments />
    </section>
  );
}
