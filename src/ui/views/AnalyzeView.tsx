import { useMemo, useRef, type ChangeEvent, type ClipboardEvent } from 'react';
import { htmlToText } from '../../core/text';
import { summarizeText } from '../../core/analysis/textSummary';
import { useDocumentStore, type TextOrigin } from '../../store/documentStore';

const ORIGIN_NOTE: Record<TextOrigin, string> = {
  typed: 'typed',
  'plain-paste': 'pasted as plain text',
  'html-paste': 'pasted as rich text (HTML), converted to plain paragraphs',
};

export function AnalyzeView() {
  const { text, origin, setText } = useDocumentStore();
  const summary = useMemo(() => summarizeText(text), [text]);
  const nextOrigin = useRef<TextOrigin>('typed');

  // Rich text arrives as text/html: convert it ourselves so structure survives and nothing of it runs.
  function onPaste(event: ClipboardEvent<HTMLTextAreaElement>) {
    const html = event.clipboardData.getData('text/html');
    if (!html) {
      nextOrigin.current = 'plain-paste';
      return;
    }
    event.preventDefault();
    const area = event.currentTarget;
    const inserted = htmlToText(html);
    setText(area.value.slice(0, area.selectionStart) + inserted + area.value.slice(area.selectionEnd), 'html-paste');
  }

  function onChange(event: ChangeEvent<HTMLTextAreaElement>) {
    setText(event.target.value, nextOrigin.current);
    nextOrigin.current = 'typed';
  }

  return (
    <section className="analyze">
      <label className="analyze__label" htmlFor="document-input">
        Paste an article (plain or rich text) or type here
      </label>
      <textarea
        id="document-input"
        className="analyze__input"
        value={text}
        onPaste={onPaste}
        onChange={onChange}
        placeholder="Paste a Medium post, a news story, any English text…"
        spellCheck={false}
      />
      {text.trim() === '' ? (
        <p className="analyze__hint">
          Entities in the text — people, organizations, places, times, events — will be highlighted
          here, with a table of the most frequent ones and suggested tags.
        </p>
      ) : (
        <p className="analyze__summary" data-testid="text-summary">
          {summary.paragraphs} {plural(summary.paragraphs, 'paragraph')} · {summary.sentences}{' '}
          {plural(summary.sentences, 'sentence')} · {summary.tokens} {plural(summary.tokens, 'token')} ·{' '}
          <span data-testid="text-origin">{ORIGIN_NOTE[origin]}</span>
        </p>
      )}
    </section>
  );
}

function plural(count: number, word: string): string {
  return count === 1 ? word : `${word}s`;
}
