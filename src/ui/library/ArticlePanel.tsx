import { useMemo } from 'react';
import type { Mention } from '../../core/analysis';
import { libraryTerm, type ArticleSummary } from '../../core/library';
import { paragraphRanges } from '../../core/text';
import { relatedArticles, useLibraryStore, type OpenArticle } from '../../store/libraryStore';
import { HighlightedText } from '../analyze/HighlightedText';
import { labelColor, labelName } from '../labels';
import { RankedArticles } from './RelatedArticles';

const NO_LABELS: ReadonlySet<string> = new Set();
const NO_FLASH: ReadonlySet<number> = new Set();

/** The open article: its stored analysis (re-analysed when the model changed), related articles, delete. */
export function ArticlePanel({ open, summary }: { open: OpenArticle; summary: ArticleSummary }) {
  const revision = useLibraryStore((state) => state.revision);
  const { remove, closeArticle, setFilter } = useLibraryStore();
  const related = useMemo(() => (revision >= 0 ? relatedArticles(open.id, 5) : { value: [], ms: 0 }), [open.id, revision]);
  const body = open.body;
  const highlights = useMemo(() => {
    if (!body) return null;
    const mentions: Mention[] = body.mentions.map((m) => ({ ...m, text: body.text.slice(m.start, m.end), sentence: 0, confidence: 1 }));
    return { paragraphs: paragraphRanges(body.text), mentions };
  }, [body]);

  return (
    <article className="library__article" aria-label="Open article" data-testid="open-article">
      <header className="library__article-head">
        <h2>{summary.title}</h2>
        <button type="button" onClick={closeArticle}>Close</button>
        <button type="button" className="danger" onClick={() => void remove(open.id)}>Delete</button>
      </header>
      <p className="library__meta">
        Saved {new Date(summary.savedAt).toLocaleString()} · {summary.words} words · model “{summary.model.name}”
        {summary.sourceUrl && (
          <>
            {' · '}
            <a href={summary.sourceUrl} rel="noreferrer noopener" target="_blank">source</a>
          </>
        )}
        {summary.fileName && ` · from ${summary.fileName}`}
      </p>
      {open.status === 'reanalyzing' && <p className="notice" role="status">The active model differs from the one that analysed this article: analysing it again…</p>}
      {open.reanalyzedFrom !== null && <p className="notice" role="status" data-testid="reanalyzed">Re-analysed with “{summary.model.name}” (it was analysed with “{open.reanalyzedFrom}”).</p>}
      {open.status === 'failed' && <p className="notice notice--error" role="alert">{open.error}</p>}
      <section aria-label="Related articles" className="library__related">
        <h3>Related articles</h3>
        {related.value.length === 0 ? <p>No other article shares an entity with this one.</p> : <RankedArticles ranked={related.value} testId="related" />}
        <p className="library__timing" data-testid="related-ms" data-ms={related.ms.toFixed(2)}>ranked in {related.ms.toFixed(1)} ms</p>
      </section>
      <section aria-label="Entities of the article" className="library__entities">
        <h3>Entities</h3>
        <ul className="tags__list">
          {summary.entities.slice(0, 30).map((entity) => (
            <li key={entity.key}>
              <button type="button" className="library__entity" style={{ borderColor: labelColor(entity.label) }} title={`${labelName(entity.label)}: show the articles that mention it`} onClick={() => setFilter({ term: libraryTerm(entity.text) })}>
                {entity.text} <small>{entity.count}</small>
              </button>
            </li>
          ))}
        </ul>
      </section>
      {body && highlights && <HighlightedText key={body.text} text={body.text} paragraphs={highlights.paragraphs} mentions={highlights.mentions} hiddenLabels={NO_LABELS} flashing={NO_FLASH} />}
    </article>
  );
}
