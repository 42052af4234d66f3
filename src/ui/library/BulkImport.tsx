import { useEffect, useState, type DragEvent } from 'react';
import { useLibraryImportStore } from '../../store/libraryImportStore';

function duration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  return seconds < 60 ? `${seconds} s` : `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
}

/** Many .txt/.md/.html files or one .zip → analysed in the worker, with progress, cancel and resume. */
export function BulkImport() {
  const { status, done, duplicates, remaining, bad, error, etaMs, start, resume, cancel, checkInterrupted } = useLibraryImportStore();
  const [over, setOver] = useState(false);
  useEffect(() => {
    void checkInterrupted();
  }, [checkInterrupted]);

  function onDrop(event: DragEvent) {
    event.preventDefault();
    setOver(false);
    if (event.dataTransfer.files.length > 0) void start([...event.dataTransfer.files]);
  }

  const busy = status === 'running' || status === 'reading';
  return (
    <section
      className={over ? 'library__import library__import--drop' : 'library__import'}
      aria-label="Bulk import"
      onDragOver={(event) => {
        if (!event.dataTransfer.types.includes('Files')) return;
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <label>
        Import articles (.txt, .md, .html files or one .zip; or drop them here){' '}
        <input
          type="file"
          multiple
          accept=".txt,.md,.markdown,.html,.htm,.zip"
          disabled={busy}
          data-testid="bulk-import-input"
          onChange={(event) => {
            const files = [...(event.target.files ?? [])];
            event.target.value = '';
            if (files.length > 0) void start(files);
          }}
        />
      </label>
      {status === 'interrupted' && (
        <p className="notice" role="status" data-testid="import-interrupted">
          An import was interrupted with {remaining} {remaining === 1 ? 'file' : 'files'} left.{' '}
          <button type="button" onClick={() => void resume()}>Resume</button> <button type="button" onClick={cancel}>Discard</button>
        </p>
      )}
      {status === 'reading' && <p role="status">Reading the files…</p>}
      {(status === 'running' || status === 'done' || status === 'cancelled' || status === 'failed') && (
        <div className="library__progress" role="status" data-testid="import-progress" data-status={status}>
          {status === 'running' && <progress max={done + duplicates + remaining} value={done + duplicates} />}
          <span>
            {status === 'running' ? 'Importing: ' : status === 'done' ? 'Import finished: ' : status === 'cancelled' ? 'Import cancelled: ' : 'Import stopped: '}
            <span data-testid="import-done">{done}</span> analysed, {duplicates} already in the library
            {status === 'running' && `, ${remaining} to go${etaMs !== null ? `, about ${duration(etaMs)} left` : ''}`}
            {bad.length > 0 && `, ${bad.length} skipped`}.
          </span>
          {status === 'running' && <button type="button" onClick={cancel}>Cancel</button>}
          {status === 'failed' && remaining > 0 && <button type="button" onClick={() => void resume()}>Resume ({remaining} left)</button>}
        </div>
      )}
      {error && <p className="notice notice--error" role="alert">{error}</p>}
      {bad.length > 0 && (
        <details open className="library__bad" data-testid="import-bad">
          <summary>{bad.length} {bad.length === 1 ? 'file was' : 'files were'} skipped</summary>
          <ul>
            {bad.map((file, i) => (
              <li key={`${file.name}:${i}`}>
                <code>{file.name}</code>: {file.reason}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
