/**
 * Opening a share link: the link is read through core/share (validated, migrated, bounded), its
 * text, hidden labels, graph settings and view are applied, then its model is loaded (or the
 * default one, saying so, when this browser does not have it) and the text analysed. A link that
 * cannot be opened leaves an empty workspace and says why. Either way the fragment is then
 * replaced by the plain view's, so a reload does not apply the link again.
 */
import { readShareHash, type SharedModel, type ShareState } from '../core/share';
import { useAnalysisStore } from './analysisStore';
import { useAnnotationStore } from './annotationStore';
import { useDocumentStore } from './documentStore';
import { useEngineStore } from './engineStore';
import { useModelsStore, type ActiveModelRef } from './modelsStore';
import { useShareStore } from './shareStore';
import { useGraphViewStore } from './graphViewStore';
import { hashForView, viewFromHash } from './views';

/**
 * Applies the share link in `hash`, if it is one. Returns true when it opened a link: then this
 * function, not the caller, chooses the model to load; false when `hash` is no share link or one
 * that could not be opened.
 */
export function openShareLink(hash: string): boolean {
  const read = readShareHash(hash);
  if (read.kind === 'none') return false;
  const share = useShareStore.getState();
  if (read.kind === 'error') {
    useDocumentStore.getState().setText('', 'typed');
    useAnalysisStore.getState().setHiddenLabels([]);
    void useAnalysisStore.getState().analyze('');
    share.say({ kind: 'error', message: `This share link cannot be opened: ${read.reason}.` });
    replaceHash(hashForView('analyze'));
    return false;
  }
  const { state } = read;
  share.dismiss();
  useDocumentStore.getState().setText(state.text, 'plain-paste');
  if (state.annotations) useAnnotationStore.getState().receiveShared(state.text, state.annotations, state.model.kind === 'stored' ? state.model.key : 'default');
  useAnalysisStore.getState().setHiddenLabels(state.hiddenLabels);
  const graph = useGraphViewStore.getState();
  graph.setMinWeight(state.graph.minWeight);
  graph.setMaxNodes(state.graph.maxNodes ?? Infinity);
  graph.focus(state.graph.focusedId);
  replaceHash(hashForView(state.view));
  void activateWhenReady(state.model, state);
  return true;
}

/** `location.replace` of a fragment fires `hashchange` (the view follows) and leaves no history entry. */
function replaceHash(hash: string): void {
  if (window.location.hash !== hash) window.location.replace(hash);
}

async function activateWhenReady(model: SharedModel, state: ShareState): Promise<void> {
  if (!(await engineReady())) return;
  const ref = await availableModel(model);
  await useModelsStore.getState().activate(ref);
  if (useDocumentStore.getState().text !== state.text) return;
  // The Analyze view analyses a new text by itself once the model is ready; other views do not.
  const analysis = useAnalysisStore.getState();
  if (viewFromHash(window.location.hash) !== 'analyze' && analysis.status !== 'analyzing' && analysis.analysis?.document.text !== state.text) {
    void analysis.analyze(state.text);
  }
}

/** The model a link names when this browser has it; otherwise the default one, with a notice. */
async function availableModel(model: SharedModel): Promise<ActiveModelRef> {
  if (model.kind === 'default') return model;
  const models = useModelsStore.getState();
  try {
    await models.refreshStored();
  } catch {
    // The list could not be read: treat the model as missing.
  }
  if (useModelsStore.getState().stored.some((stored) => stored.key === model.key)) return model;
  useShareStore.getState().say({
    kind: 'info',
    message: `This link was made with the model "${model.key}", which this browser does not have: the text is analysed with the default model instead, so some entities may differ.`,
  });
  return { kind: 'default' };
}

/** Resolves once the engine has started (true) or failed to (false). */
function engineReady(): Promise<boolean> {
  const settled = (status: string) => status === 'ready' || status === 'failed';
  const { status } = useEngineStore.getState();
  if (settled(status)) return Promise.resolve(status === 'ready');
  return new Promise((resolve) => {
    const unsubscribe = useEngineStore.subscribe((state) => {
      if (!settled(state.status)) return;
      unsubscribe();
      resolve(state.status === 'ready');
    });
  });
}

let startupLink: boolean | null = null;

/**
 * The link the page was opened with, applied once per page load (React's StrictMode runs effects
 * twice in development). True when it opened a share link: the caller then loads no model itself.
 */
export function openStartupShareLink(): boolean {
  startupLink ??= openShareLink(window.location.hash);
  return startupLink;
}
