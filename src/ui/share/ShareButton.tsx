import { useRef, useState } from 'react';
import { longLinkWarning, shareUrl, type ShareState } from '../../core/share';
import { useAnalysisStore } from '../../store/analysisStore';
import { useAnnotationStore } from '../../store/annotationStore';
import { useDocumentStore } from '../../store/documentStore';
import { useModelsStore } from '../../store/modelsStore';
import { useGraphViewStore } from '../../store/graphViewStore';
import type { ViewId } from '../../store/views';
import { downloadReport } from './downloadReport';
import './share.css';
import { errorMessage } from '../../core/errors';

type CopyState = 'idle' | 'copied' | 'failed';

/** Every view but the library, which stays in this browser. */
type SharedView = Exclude<ViewId, 'library'>;

/** What the sender sees now, as share state. */
function currentShareState(view: SharedView): ShareState {
  const activeRef = useModelsStore.getState().activeRef;
  const { minWeight, maxNodes, focusedId } = useGraphViewStore.getState();
  const text = useDocumentStore.getState().text;
  const annotations = useAnnotationStore.getState().annotationsToShare(text);
  return {
    ...(annotations ? { annotations } : {}),
    text,
    model: activeRef ?? { kind: 'default' },
    hiddenLabels: [...useAnalysisStore.getState().hiddenLabels],
    view,
    graph: { minWeight, maxNodes: Number.isFinite(maxNodes) ? maxNodes : null, focusedId },
  };
}

/**
 * The header's Share button: makes a link that reproduces the current text, model, hidden labels
 * and view, copies it, and opens a dialog with the link, its caveats and the report download.
 */
export function ShareButton({ view }: { view: SharedView }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [link, setLink] = useState<{ url: string; state: ShareState } | null>(null);
  const [copy, setCopy] = useState<CopyState>('idle');

  async function share() {
    const state = currentShareState(view);
    const url = shareUrl(window.location.href, state);
    setLink({ url, state });
    setCopy('idle');
    dialog.current?.showModal();
    if (state.text === '') return;
    try {
      await navigator.clipboard.writeText(url);
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  }

  return (
    <>
      <button type="button" className="share-button" onClick={() => void share()} aria-haspopup="dialog">
        Share
      </button>
      <dialog ref={dialog} className="share-dialog" aria-labelledby="share-title" onClose={() => setLink(null)}>
        {link && <ShareDialogBody url={link.url} state={link.state} copy={copy} onCopy={setCopy} onClose={() => dialog.current?.close()} />}
      </dialog>
    </>
  );
}

interface BodyProps {
  url: string;
  state: ShareState;
  copy: CopyState;
  onCopy: (state: CopyState) => void;
  onClose: () => void;
}

function ShareDialogBody({ url, state, copy, onCopy, onClose }: BodyProps) {
  const warning = longLinkWarning(url);
  const modelName = useModelsStore((models) => models.active?.name ?? 'default');

  async function copyAgain() {
    try {
      await navigator.clipboard.writeText(url);
      onCopy('copied');
    } catch {
      onCopy('failed');
    }
  }

  return (
    <div className="share-dialog__body">
      <h2 id="share-title">Share</h2>
      {state.text === '' ? (
        <p>There is no text to share yet: paste or type one first.</p>
      ) : (
        <>
          <p>
            Anyone who opens this link sees this text analysed in the same view, with the same labels hidden. The text travels inside the
            link, after the <code>#</code>, which browsers never send to a server.
          </p>
          <label className="share-dialog__label" htmlFor="share-link">
            Link ({url.length.toLocaleString('en')} characters)
          </label>
          <div className="share-dialog__row">
            <input id="share-link" data-testid="share-link" readOnly value={url} onFocus={(event) => event.currentTarget.select()} />
            <button type="button" onClick={() => void copyAgain()}>
              Copy
            </button>
          </div>
          <p role="status" data-testid="share-copy-status">
            {copy === 'copied' ? 'Link copied to the clipboard.' : copy === 'failed' ? 'The link could not be copied: select it and copy it by hand.' : ''}
          </p>
          {warning && (
            <p className="notice" role="alert" data-testid="share-link-warning">
              {warning}
            </p>
          )}
          {state.model.kind === 'stored' && (
            <p className="muted" data-testid="share-model-note">
              The link names your model “{state.model.key}”. It lives in this browser only: elsewhere the text is analysed with the default
              model (export the model from the Models view to share it too).
            </p>
          )}
        </>
      )}
      <ReportSection modelName={modelName} />
      <div className="share-dialog__actions">
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </div>
  );
}

function ReportSection({ modelName }: { modelName: string }) {
  const analysis = useAnalysisStore((state) => state.analysis);
  const hiddenLabels = useAnalysisStore((state) => state.hiddenLabels);
  const [status, setStatus] = useState<{ kind: 'idle' | 'working' } | { kind: 'failed'; message: string }>({ kind: 'idle' });

  async function download() {
    if (!analysis) return;
    setStatus({ kind: 'working' });
    try {
      const { minWeight, maxNodes } = useGraphViewStore.getState();
      await downloadReport(analysis, { hiddenLabels, minWeight, maxNodes }, modelName);
      setStatus({ kind: 'idle' });
    } catch (error) {
      setStatus({ kind: 'failed', message: errorMessage(error) });
    }
  }

  return (
    <section className="share-dialog__report" aria-labelledby="share-report-title">
      <h3 id="share-report-title">Report</h3>
      <p>
        One HTML file with the highlighted text, the entities, the suggested tags and the graph as a picture. It opens in any browser,
        offline, and runs no code.
      </p>
      <button type="button" disabled={!analysis || status.kind === 'working'} onClick={() => void download()}>
        {status.kind === 'working' ? 'Preparing the report…' : 'Download report'}
      </button>
      {!analysis && <p className="muted">Available once the text has been analysed.</p>}
      {status.kind === 'failed' && (
        <p className="notice notice--error" role="alert">
          The report could not be made: {status.message}
        </p>
      )}
    </section>
  );
}
