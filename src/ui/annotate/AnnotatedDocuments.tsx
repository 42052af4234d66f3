import type { ChangeEvent } from 'react';
import { labelCounts, reviewedCount } from '../../core/annotation';
import type { DatasetFormat } from '../../core/datasets';
import { useAnnotationStore } from '../../store/annotationStore';
import { downloadFile } from '../download';
import { TrainOnAnnotations } from './TrainOnAnnotations';
import './annotate.css';

const EXPORTS: { format: DatasetFormat; name: string; file: string; type: string }[] = [
  { format: 'span-jsonl', name: 'span JSONL', file: 'annotations.jsonl', type: 'application/jsonl' },
  { format: 'conll', name: 'CoNLL', file: 'annotations.conll', type: 'text/plain' },
  { format: 'gmb-csv', name: 'GMB CSV', file: 'annotations.csv', type: 'text/csv' },
];

const PREVIEW_CHARS = 70;

/** The annotated documents stored in this browser: open, delete, export, import, and train on them. */
export function AnnotatedDocuments() {
  const documents = useAnnotationStore((state) => state.documents);
  const openDocument = useAnnotationStore((state) => state.openDocument);
  const deleteDocument = useAnnotationStore((state) => state.deleteDocument);
  const exportDocuments = useAnnotationStore((state) => state.exportDocuments);
  const importFile = useAnnotationStore((state) => state.importFile);
  const correcting = useAnnotationStore((state) => state.correcting);
  const error = useAnnotationStore((state) => state.error);

  function onImport(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file) void importFile(file);
  }

  return (
    <section className="annotations" aria-labelledby="annotations-heading" data-testid="annotated-documents">
      <h3 id="annotations-heading">Annotated documents ({documents.length})</h3>
      {!correcting && error && <p className="notice notice--error" role="alert">{error}</p>}
      {documents.length > 0 && (
        <ul>
          {documents.map((document) => {
            const counts = Object.entries(labelCounts(document)).sort(([a], [b]) => a.localeCompare(b));
            const preview = document.text.length > PREVIEW_CHARS ? `${document.text.slice(0, PREVIEW_CHARS)}…` : document.text;
            return (
              <li key={document.id} data-testid="annotated-document" data-id={document.id}>
                <button type="button" onClick={() => openDocument(document.id)} aria-label={`Open “${preview}” in Correct mode`}>Open</button>
                <span className="muted">{preview}</span>
                <span data-testid="document-reviewed">{reviewedCount(document)} of {document.sentences.length} reviewed</span>
                <span data-testid="document-counts">{counts.map(([label, count]) => `${label} ${count}`).join(' · ') || 'no entities'}</span>
                <button type="button" onClick={() => void deleteDocument(document.id)} aria-label={`Delete “${preview}”`}>Delete</button>
              </li>
            );
          })}
        </ul>
      )}
      <div className="annotations__actions" role="group" aria-label="Export or import annotations">
        {documents.length > 0 && <span className="muted">Export:</span>}
        {documents.length > 0 &&
          EXPORTS.map(({ format, name, file, type }) => (
            <button key={format} type="button" onClick={() => downloadFile(file, exportDocuments(format), type)}>
              {name}
            </button>
          ))}
        <label>
          Import <input type="file" accept=".jsonl,.json,.conll,.txt,.csv" onChange={onImport} aria-label="Import annotations (span JSONL, CoNLL or GMB CSV)" />
        </label>
      </div>
      {documents.length > 0 && <TrainOnAnnotations />}
    </section>
  );
}
