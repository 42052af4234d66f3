import { useEffect, useMemo, useState } from 'react';
import { useLibraryStore, visibleArticles } from '../../store/libraryStore';
import { labelName } from '../labels';
import { ArticleList } from './ArticleList';
import { ArticlePanel } from './ArticlePanel';
import { BulkImport } from './BulkImport';
import { LibraryFileButtons } from './LibraryFileButtons';
import { LibraryGraph } from './LibraryGraph';
import { StorageInfo } from './StorageInfo';
import { TopicPicker } from './TopicPicker';
import './library.css';

/** The reading library: saved and imported articles, search, filters, related articles. */
export function LibraryView() {
  const { status, error, summaries, broken, revision, query, filter, open, notice, load, setQuery, setFilter, openArticle } = useLibraryStore();
  const [fileError, setFileError] = useState<string | null>(null);
  const [showGraph, setShowGraph] = useState(false);
  useEffect(() => {
    void load();
  }, [load]);

  // `revision` changes when the search index does: the same query may then find more.
  const shown = useMemo(() => (revision >= 0 ? visibleArticles(summaries, query, filter) : { value: [], ms: 0 }), [summaries, query, filter, revision]);
  const labels = useMemo(() => [...new Set([...summaries.values()].flatMap((article) => article.entities.map((entity) => entity.label)))].sort(), [summaries]);
  const openSummary = open ? summaries.get(open.id) : undefined;

  return (
    <section className="library" aria-label="Library">
      <div className="library__bar">
        <input type="search" className="library__search" aria-label="Search the library" placeholder="Search titles, text and entities…" value={query} onChange={(event) => setQuery(event.target.value)} />
        <select aria-label="Filter by label" value={filter.labels[0] ?? ''} onChange={(event) => setFilter({ labels: event.target.value ? [event.target.value] : [] })}>
          <option value="">All labels</option>
          {labels.map((label) => (
            <option key={label} value={label}>
              with a {labelName(label)}
            </option>
          ))}
        </select>
        {filter.term !== null && (
          <span className="library__filter" data-testid="entity-filter">
            mentioning “{filter.term}” <button type="button" aria-label="Remove the entity filter" onClick={() => setFilter({ term: null })}>×</button>
          </span>
        )}
        <LibraryFileButtons onError={setFileError} />
        <button type="button" aria-pressed={showGraph} onClick={() => setShowGraph(!showGraph)} disabled={summaries.size === 0}>
          {showGraph ? 'Hide the library graph' : 'Show the library graph'}
        </button>
      </div>
      <BulkImport />
      {status === 'loading' && <p role="status">Opening the library…</p>}
      {status === 'failed' && <p className="notice notice--error" role="alert">The library could not be opened: {error}</p>}
      {fileError && <p className="notice notice--error" role="alert">{fileError}</p>}
      {notice && <p className="library__notice" role="status" data-testid="library-notice">{notice}</p>}
      {broken.length > 0 && (
        <details className="notice notice--error" data-testid="library-broken">
          <summary>{broken.length} stored {broken.length === 1 ? 'record is' : 'records are'} damaged and left out</summary>
          <ul>{broken.map((record) => <li key={record.id}><code>{record.id.slice(0, 16)}</code>: {record.reason}</li>)}</ul>
        </details>
      )}
      <StorageInfo />
      {showGraph && summaries.size > 0 && <LibraryGraph />}
      {status === 'ready' && summaries.size === 0 ? (
        <p className="library__empty">The library is empty. Analyse an article and press “Save to library”, or import files above.</p>
      ) : (
        <div className="library__grid">
          <div className="library__side">
            <p className="library__count" data-testid="library-count" data-ms={shown.ms.toFixed(2)}>
              {shown.value.length} of {summaries.size} {summaries.size === 1 ? 'article' : 'articles'}
              {query.trim() !== '' && ` match “${query.trim()}” (${shown.ms.toFixed(1)} ms)`}
            </p>
            <ArticleList articles={shown.value} openId={open?.id ?? null} onOpen={(id) => void openArticle(id)} />
            <TopicPicker />
          </div>
          {open && openSummary && <ArticlePanel open={open} summary={openSummary} />}
        </div>
      )}
    </section>
  );
}
