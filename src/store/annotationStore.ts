/**
 * Correct mode: the document being corrected (with its undo history), the token cursor and
 * selection, the stored annotated documents and custom labels. Every user action is one intent;
 * each edit is saved to IndexedDB as it happens.
 */
import { create } from 'zustand';
import {
  addSpan,
  documentFromAnalysis,
  documentFromShared,
  exportAnnotations,
  importAnnotations,
  keyIntent,
  newLabelProblem,
  nextToReview,
  offeredLabels,
  record,
  redo,
  relabelSpan,
  removeSpan,
  selectedRange,
  setReviewed,
  sharedAnnotationsOf,
  spanAt,
  startHistory,
  startPosition,
  stepSentence,
  stepToken,
  stepWithinSentence,
  textId,
  undo,
  type AnnotatedDocument,
  type AnnotationIntent,
  type CustomLabel,
  type History,
  type KeyPress,
  type ReviewTarget,
  type TokenPosition,
  type TokenRange,
} from '../core/annotation';
import type { AnalyzedDocument } from '../core/analysis';
import type { DatasetFormat } from '../core/datasets';
import type { SharedAnnotations } from '../core/share';
import { errorMessage } from '../core/errors';
import { deleteAnnotatedDocument, loadAnnotations, saveAnnotatedDocument, saveCustomLabel } from './annotationDb';
import { useDocumentStore } from './documentStore';
import { useModelsStore } from './modelsStore';

export interface CorrectSession {
  history: History<AnnotatedDocument>;
  cursor: TokenPosition;
  /** Where a Shift-selection started; null when only the cursor's token is selected. */
  anchor: TokenPosition | null;
}

interface AnnotationState {
  /** Correct mode is on (the highlights become editable). */
  correcting: boolean;
  session: CorrectSession | null;
  /** Stored annotated documents, most recently changed first. */
  documents: AnnotatedDocument[];
  customLabels: CustomLabel[];
  loaded: boolean;
  /** The new-label form is open. */
  addingLabel: boolean;
  /** The sentence "next to review" jumped to, with the model's confidence in it. */
  reviewTarget: ReviewTarget | null;
  /** What went wrong last, for the person to act on. */
  error: string | null;
  notice: string | null;

  load: () => Promise<void>;
  setCorrecting: (on: boolean) => void;
  /** Starts correcting the analysed text: its stored corrections when there are any, else the model's proposal. */
  begin: (analyzed: AnalyzedDocument, model: string) => void;
  /** Opens a stored document in Correct mode (its text becomes the page's text). */
  openDocument: (id: string) => void;
  perform: (intent: AnnotationIntent, labels: readonly string[]) => void;
  /** A key press in Correct mode; true when it was one of its keys. */
  pressKey: (press: KeyPress, labels: readonly string[]) => boolean;
  select: (range: TokenRange) => void;
  applyLabel: (label: string) => void;
  addLabel: (label: CustomLabel, labels: readonly string[]) => boolean;
  setAddingLabel: (open: boolean) => void;
  /** A share link carried a corrected document: it is kept here and opens in Correct mode. */
  receiveShared: (text: string, annotations: SharedAnnotations, model: string) => void;
  /** The corrected document to put in a share link: the one in Correct mode when its text is `text`. */
  annotationsToShare: (text: string) => SharedAnnotations | undefined;
  deleteDocument: (id: string) => Promise<void>;
  exportDocuments: (format: DatasetFormat) => string;
  /** Writes edits still waiting for their frame (before training reads the documents). */
  flushEdits: () => void;
  importFile: (file: File) => Promise<void>;
}

const now = () => new Date().toISOString();

const FORMAT_BY_EXTENSION: Record<string, DatasetFormat> = { jsonl: 'span-jsonl', json: 'span-jsonl', conll: 'conll', txt: 'conll', csv: 'gmb-csv' };

/** The labels in hot-key order for the document being corrected. */
export function pickerLabels(state: Pick<AnnotationState, 'customLabels' | 'session'>, modelLabels: readonly string[]): string[] {
  const inDocument = state.session?.history.present.sentences.flatMap((sentence) => sentence.spans.map((span) => span.label)) ?? [];
  return offeredLabels(modelLabels, state.customLabels, inDocument);
}

export const useAnnotationStore = create<AnnotationState>()((set, get) => {
  /** The latest version of each edited document not yet written: saving waits for the edit's frame to be painted. */
  const unsaved = new Map<string, AnnotatedDocument>();

  function flush(): void {
    if (unsaved.size === 0) return;
    const documents = [...unsaved.values()];
    unsaved.clear();
    set((state) => ({ documents: [...documents, ...state.documents.filter((entry) => !documents.some((document) => document.id === entry.id))] }));
    for (const document of documents) {
      saveAnnotatedDocument(document).catch((error: unknown) => set({ error: `The corrections could not be saved in this browser: ${errorMessage(error)}` }));
    }
  }

  // Leaving the page writes what waits for its frame at once, so a reload right after an edit keeps it.
  if (typeof window !== 'undefined') window.addEventListener('pagehide', flush);

  // The structured clone of a long document and the list's re-render would delay the highlight by a
  // frame or more (bench:annotate): they run just after the next paint instead.
  function persist(document: AnnotatedDocument): void {
    const first = unsaved.size === 0;
    unsaved.set(document.id, document);
    if (!first) return;
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(flush, 0));
    else setTimeout(flush, 0);
  }

  /** Records an edit of the present document (an edit that throws says why and changes nothing). */
  function edit(change: (document: AnnotatedDocument, session: CorrectSession) => AnnotatedDocument, after?: (next: AnnotatedDocument, session: CorrectSession) => Partial<CorrectSession>): void {
    const { session } = get();
    if (!session) return;
    try {
      const next = change(session.history.present, session);
      if (next === session.history.present) return;
      const updated = { ...session, history: record(session.history, next), ...after?.(next, session) };
      set({ session: updated, error: null });
      persist(next);
    } catch (error) {
      set({ error: errorMessage(error) });
    }
  }

  function moveHistory(step: typeof undo): void {
    const { session } = get();
    if (!session) return;
    const history = step(session.history);
    if (history === session.history) return;
    set({ session: { ...session, history, anchor: null, cursor: clampedCursor(history.present, session.cursor) } });
    persist(history.present);
  }

  function openSession(document: AnnotatedDocument, cursor?: TokenPosition): void {
    const start = cursor ?? startPosition(document);
    set({ session: start ? { history: startHistory(document), cursor: start, anchor: null } : null, correcting: true, error: start ? null : 'This text has no words to correct.' });
  }

  function jumpToNext(): void {
    const current = get().session?.history.present;
    const documents = current ? [current, ...get().documents.filter((entry) => entry.id !== current.id)] : get().documents;
    const target = nextToReview(documents);
    if (!target) {
      set({ reviewTarget: null, notice: 'Every sentence of the annotated documents is reviewed.' });
      return;
    }
    set({ reviewTarget: target, notice: null });
    const cursor = { sentence: target.sentence, token: 0 };
    if (current && target.documentId === current.id) {
      set({ session: { ...get().session!, cursor, anchor: null } });
      return;
    }
    const document = documents.find((entry) => entry.id === target.documentId)!;
    useDocumentStore.getState().setText(document.text, 'annotated');
    openSession(document, cursor);
  }

  return {
    correcting: false,
    session: null,
    documents: [],
    customLabels: [],
    loaded: false,
    addingLabel: false,
    reviewTarget: null,
    error: null,
    notice: null,

    async load() {
      try {
        const stored = await loadAnnotations();
        // A document that arrived meanwhile (a share link opened at start-up) stays, whatever the read found.
        set((state) => ({
          documents: [...state.documents, ...stored.documents.filter((document) => !state.documents.some((entry) => entry.id === document.id))],
          customLabels: [...state.customLabels, ...stored.labels.filter((label) => !state.customLabels.some((entry) => entry.label === label.label))],
          loaded: true,
          notice: stored.problems.length > 0 ? stored.problems.join(' ') : state.notice,
        }));
      } catch (error) {
        set({ loaded: true, error: `The stored annotations could not be read: ${errorMessage(error)}` });
      }
    },

    setCorrecting(on) {
      set({ correcting: on, addingLabel: false, ...(on ? {} : { session: null, reviewTarget: null }) });
    },

    begin(analyzed, model) {
      const stored = get().documents.find((entry) => entry.id === textId(analyzed.text) && entry.text === analyzed.text);
      openSession(stored ?? documentFromAnalysis(analyzed, model, now()));
    },

    openDocument(id) {
      const document = get().documents.find((entry) => entry.id === id);
      if (!document) return;
      useDocumentStore.getState().setText(document.text, 'annotated');
      openSession(document);
    },

    perform(intent, labels) {
      const session = get().session;
      if (!session) return;
      const document = session.history.present;
      const focusedSpan = () => (session.anchor ? -1 : spanAt(document.sentences[session.cursor.sentence], session.cursor.token));
      switch (intent.type) {
        case 'move': {
          const anchor = intent.extend ? (session.anchor ?? session.cursor) : null;
          const cursor = intent.extend ? stepWithinSentence(document, session.cursor, intent.step) : stepToken(document, session.cursor, intent.step);
          set({ session: { ...session, cursor, anchor } });
          return;
        }
        case 'moveSentence':
          set({ session: { ...session, cursor: stepSentence(document, session.cursor, intent.step), anchor: null } });
          return;
        case 'collapse':
          set({ session: { ...session, anchor: null }, addingLabel: false });
          return;
        case 'label': {
          const label = labels[intent.index];
          if (label) get().applyLabel(label);
          return;
        }
        case 'remove': {
          const span = focusedSpan();
          if (span >= 0) edit((current) => removeSpan(current, session.cursor.sentence, span, now()));
          return;
        }
        case 'accept': {
          const sentence = session.cursor.sentence;
          edit(
            (current) => setReviewed(current, sentence, !current.sentences[sentence].reviewed, now()),
            (next, current) => ({ cursor: next.sentences[sentence].reviewed ? stepSentence(next, current.cursor, 1) : current.cursor, anchor: null }),
          );
          return;
        }
        case 'undo':
          moveHistory(undo);
          return;
        case 'redo':
          moveHistory(redo);
          return;
        case 'nextToReview':
          jumpToNext();
          return;
        case 'newLabel':
          set({ addingLabel: true });
          return;
      }
    },

    pressKey(press, labels) {
      const intent = keyIntent(press);
      if (!intent) return false;
      get().perform(intent, labels);
      return true;
    },

    select(range) {
      const session = get().session;
      if (!session) return;
      set({ session: { ...session, anchor: { sentence: range.sentence, token: range.start }, cursor: { sentence: range.sentence, token: range.end - 1 } } });
    },

    applyLabel(label) {
      const session = get().session;
      if (!session) return;
      // The cursor alone on a highlight relabels the whole highlight; a selection labels exactly what it covers.
      const focused = session.anchor ? -1 : spanAt(session.history.present.sentences[session.cursor.sentence], session.cursor.token);
      if (focused >= 0) {
        edit((document) => relabelSpan(document, session.cursor.sentence, focused, label, now()));
        return;
      }
      const range = selectedRange(session.anchor ?? session.cursor, session.cursor);
      edit((document) => addSpan(document, range, label, now()), () => ({ anchor: null, cursor: { sentence: range.sentence, token: range.start } }));
    },

    addLabel(label, labels) {
      const problem = newLabelProblem(label, labels);
      if (problem) {
        set({ error: problem });
        return false;
      }
      set((state) => ({ customLabels: [...state.customLabels, label], addingLabel: false, error: null }));
      saveCustomLabel(label).catch((error: unknown) => set({ error: `The label could not be saved: ${errorMessage(error)}` }));
      return true;
    },

    setAddingLabel(open) {
      set({ addingLabel: open });
    },

    receiveShared(text, annotations, model) {
      const { document, skipped } = documentFromShared(text, annotations, model, now());
      persist(document);
      openSession(document);
      if (skipped > 0) set({ notice: `${skipped} annotated span${skipped === 1 ? '' : 's'} of the link did not fit this version's tokens and were left out.` });
    },

    annotationsToShare(text) {
      const { session, correcting } = get();
      const document = session?.history.present;
      return correcting && document && document.text === text ? sharedAnnotationsOf(document) : undefined;
    },

    async deleteDocument(id) {
      try {
        await deleteAnnotatedDocument(id);
        set((state) => ({
          documents: state.documents.filter((entry) => entry.id !== id),
          ...(state.session?.history.present.id === id ? { session: null, correcting: false } : {}),
        }));
      } catch (error) {
        set({ error: `The document could not be deleted: ${errorMessage(error)}` });
      }
    },

    exportDocuments(format) {
      flush();
      return exportAnnotations(get().documents, format);
    },

    flushEdits() {
      flush();
    },

    async importFile(file) {
      const extension = file.name.split('.').pop()?.toLowerCase() ?? '';
      const format = FORMAT_BY_EXTENSION[extension];
      if (!format) {
        set({ error: `${file.name}: choose a .jsonl (span JSONL), .conll or .csv (GMB) file.` });
        return;
      }
      try {
        const document = await importAnnotations(await file.text(), format, file.name, now());
        persist(document);
        set({ error: null, notice: `Imported ${document.sentences.length} sentences from ${file.name}.` });
      } catch (error) {
        set({ error: errorMessage(error) });
      }
    },
  };
});

function clampedCursor(document: AnnotatedDocument, cursor: TokenPosition): TokenPosition {
  const sentence = document.sentences[cursor.sentence];
  return sentence && cursor.token < sentence.tokens.length ? cursor : (startPosition(document) ?? cursor);
}

/** The active model's labels, for the picker. */
export function activeModelLabels(): string[] {
  return useModelsStore.getState().active?.labels ?? [];
}
