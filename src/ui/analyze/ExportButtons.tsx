import { documentToConll, mentionsToCsv, mentionsToJson } from '../../core/analysis';
import type { Analysis } from '../../store/analysisStore';
import { downloadFile } from '../download';

/** The document's entities as JSON (offsets, labels, confidence), CSV or CoNLL (token, tag). */
export function ExportButtons({ analysis }: { analysis: Analysis }) {
  const { document, mentions } = analysis;
  return (
    <div className="export" role="group" aria-label="Export entities">
      <span className="muted">Export:</span>
      <button type="button" onClick={() => downloadFile('entities.json', mentionsToJson(document, mentions), 'application/json')}>JSON</button>
      <button type="button" onClick={() => downloadFile('entities.csv', mentionsToCsv(mentions), 'text/csv')}>CSV</button>
      <button type="button" onClick={() => downloadFile('entities.conll', documentToConll(document), 'text/plain')}>CoNLL</button>
    </div>
  );
}
