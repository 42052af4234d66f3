import { useState, type ChangeEvent, type DragEvent } from 'react';
import { MAX_DATASET_BYTES } from '../../engine/api';
import { DATASET_LIMITS } from '../../model/spec';
import { isBusy } from '../../store/trainRun';
import { useTrainStore } from '../../store/trainStore';
import { fileSize } from './format';
import { ProgressBar } from './ProgressBar';

const ACCEPT = '.csv,.conll,.conll03,.txt,.tsv,.iob,.iob2,.bio,.bioes,.jsonl,.ndjson,.json';

/** Step 1: a file dropped or picked goes to the engine, which parses it in the worker. */
export function DatasetUpload() {
  const parse = useTrainStore((state) => state.parse);
  const busy = useTrainStore((state) => isBusy(state.run.status));
  const uploadFile = useTrainStore((state) => state.uploadFile);
  const [dragging, setDragging] = useState(false);

  function onPick(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    // Cleared so that picking the same file again (after fixing it) is a change too.
    event.target.value = '';
    if (file) void uploadFile(file);
  }

  function onDrop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file && !busy) void uploadFile(file);
  }

  return (
    <section className="train-step" aria-labelledby="upload-heading">
      <h3 id="upload-heading">1. Upload annotated data</h3>
      <div
        className={dragging ? 'dropzone dropzone--active' : 'dropzone'}
        data-testid="dropzone"
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <p>
          Drop a file here, or{' '}
          <label className="button button--secondary">
            choose a dataset file
            <input type="file" className="visually-hidden" accept={ACCEPT} onChange={onPick} disabled={busy} />
          </label>
        </p>
        <p className="muted">
          GMB-style CSV (<code>Sentence #,Word,POS,Tag</code>), CoNLL (a token and its tag a line, a blank line between
          sentences) or span JSONL (<code>{'{"text", "spans": [{"start", "end", "label"}]}'}</code>), up to{' '}
          {fileSize(MAX_DATASET_BYTES)}, {DATASET_LIMITS.labels} labels and {DATASET_LIMITS.sentenceTokens.toLocaleString('en')} tokens a sentence. The file is read here, in your browser; it is never uploaded anywhere.
        </p>
      </div>
      {parse.status === 'parsing' && (
        <ProgressBar
          label={`Reading ${parse.fileName ?? 'the file'}`}
          value={parse.bytesRead}
          max={parse.bytes}
          text={`Reading ${parse.fileName}: ${fileSize(parse.bytesRead)} of ${fileSize(parse.bytes)}`}
        />
      )}
      {parse.status === 'failed' && (
        <p className="message message--error" role="alert" data-testid="upload-error">
          {parse.error}
        </p>
      )}
    </section>
  );
}
