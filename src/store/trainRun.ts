/**
 * The Train view's upload and run as pure state machines: the store sends events, these say what
 * the state becomes. Each upload and each run has a number; an event carrying an older number
 * (the file the person replaced, the run they cancelled before starting another) changes nothing.
 */
import { errorMessage, isAbortError } from '../core/errors';
import type { TrainProgress } from '../model';
import { addProgress, EMPTY_CURVES, type TrainCurves } from './trainCurves';

export interface ParseState {
  status: 'idle' | 'parsing' | 'done' | 'failed';
  /** Which upload this is: events of an older one are ignored. */
  upload: number;
  fileName: string | null;
  bytesRead: number;
  bytes: number;
  error: string | null;
}

export interface RunState {
  status: 'idle' | 'starting' | 'running' | 'paused' | 'cancelling' | 'cancelled' | 'failed' | 'done';
  /** Which run this is: events of an older one are ignored. */
  run: number;
  progress: TrainProgress | null;
  curves: TrainCurves;
  error: string | null;
  /** Something worth saying that did not stop training (e.g. pausing is not available). */
  notice: string | null;
  /** The run's settings that explain how it ended (early stopping). */
  plannedEpochs: number | null;
  patience: number | null;
}

export const IDLE_PARSE: ParseState = { status: 'idle', upload: 0, fileName: null, bytesRead: 0, bytes: 0, error: null };
export const IDLE_RUN: RunState = { status: 'idle', run: 0, progress: null, curves: EMPTY_CURVES, error: null, notice: null, plannedEpochs: null, patience: null };

export type ParseEvent =
  | { type: 'open'; fileName: string; bytes: number }
  | { type: 'read'; upload: number; bytesRead: number; bytes: number }
  | { type: 'parsed'; upload: number; bytes: number }
  | { type: 'failed'; upload: number; error: unknown }
  /** The dataset is put away: any answer still on its way is for an upload that no longer counts. */
  | { type: 'discard' };

export function nextParse(parse: ParseState, event: ParseEvent): ParseState {
  switch (event.type) {
    case 'open':
      return { status: 'parsing', upload: parse.upload + 1, fileName: event.fileName, bytesRead: 0, bytes: event.bytes, error: null };
    case 'discard':
      return { ...IDLE_PARSE, upload: parse.upload + 1 };
    default:
      if (event.upload !== parse.upload) return parse;
      if (event.type === 'read') return { ...parse, bytesRead: event.bytesRead, bytes: event.bytes };
      if (event.type === 'parsed') return { ...parse, status: 'done', bytesRead: event.bytes };
      return { ...parse, status: 'failed', error: errorMessage(event.error) };
  }
}

export type RunEvent =
  | { type: 'start'; plannedEpochs: number | null; patience: number | null }
  | { type: 'progress'; run: number; progress: TrainProgress }
  | { type: 'done'; run: number }
  /** The engine's train call rejected: a cancellation when the person asked for one or it says AbortError. */
  | { type: 'failed'; run: number; error: unknown }
  /** The engine paused or resumed (a run that moved on meanwhile keeps its status). */
  | { type: 'paused' }
  | { type: 'resumed' }
  | { type: 'notice'; notice: string }
  | { type: 'cancel' }
  /** A new or discarded dataset: nothing has run on it yet. */
  | { type: 'reset' };

export function nextRun(state: RunState, event: RunEvent): RunState {
  switch (event.type) {
    case 'start':
      return { ...IDLE_RUN, run: state.run + 1, status: 'starting', plannedEpochs: event.plannedEpochs, patience: event.patience };
    case 'reset':
      return { ...IDLE_RUN, run: state.run };
    case 'paused':
      return { ...state, status: state.status === 'running' ? 'paused' : state.status, notice: null };
    case 'resumed':
      return { ...state, status: state.status === 'paused' ? 'running' : state.status, notice: null };
    case 'notice':
      return { ...state, notice: event.notice };
    case 'cancel':
      return isCancellable(state.status) ? { ...state, status: 'cancelling' } : state;
    default:
      if (event.run !== state.run) return state;
      if (event.type === 'progress') {
        // A paused or cancelling run may still report the step it was finishing.
        const status = state.status === 'starting' ? 'running' : state.status;
        return { ...state, status, progress: event.progress, curves: addProgress(state.curves, event.progress) };
      }
      if (event.type === 'done') return { ...state, status: 'done' };
      if (state.status === 'cancelling' || isAbortError(event.error)) return { ...state, status: 'cancelled', error: null };
      return { ...state, status: 'failed', error: errorMessage(event.error) };
  }
}

/** A run the engine is still working on: no new upload or training until it ends. */
export function isBusy(status: RunState['status']): boolean {
  return isCancellable(status) || status === 'cancelling';
}

export function isCancellable(status: RunState['status']): boolean {
  return status === 'starting' || status === 'running' || status === 'paused';
}
