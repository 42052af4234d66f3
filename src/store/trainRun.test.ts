import { describe, expect, it } from 'vitest';
import { abortError } from '../core/errors';
import type { TrainProgress } from '../model';
import { IDLE_PARSE, IDLE_RUN, isBusy, nextParse, nextRun, type ParseEvent, type RunEvent, type RunState } from './trainRun';

function progress(step: number): TrainProgress {
  return { epoch: 1, epochs: 2, step, steps: 10, loss: 1 / step, tokensPerSecond: 100, etaSeconds: 5 };
}

const runAll = (events: RunEvent[], from: RunState = IDLE_RUN) => events.reduce(nextRun, from);
const parseAll = (events: ParseEvent[]) => events.reduce(nextParse, IDLE_PARSE);

describe('nextRun', () => {
  it('starts a numbered run that its first progress event sets running', () => {
    const started = nextRun(IDLE_RUN, { type: 'start', plannedEpochs: 2, patience: 3 });
    expect(started).toMatchObject({ status: 'starting', run: 1, plannedEpochs: 2, patience: 3 });
    const running = nextRun(started, { type: 'progress', run: 1, progress: progress(1) });
    expect(running.status).toBe('running');
    expect(running.progress).toEqual(progress(1));
    expect(running.curves.loss).toEqual([1]);
  });

  it('cancelled while paused: stays cancelling through the last steps, then ends cancelled without an error', () => {
    const paused = runAll([{ type: 'start', plannedEpochs: 2, patience: 3 }, { type: 'progress', run: 1, progress: progress(1) }, { type: 'paused' }]);
    expect(paused.status).toBe('paused');
    const cancelling = runAll([{ type: 'cancel' }, { type: 'progress', run: 1, progress: progress(2) }], paused);
    expect(cancelling.status).toBe('cancelling');
    expect(cancelling.curves.loss).toEqual([1, 0.5]);
    expect(isBusy(cancelling.status)).toBe(true);
    // The engine rejects with whatever it had; a run the person cancelled is cancelled, not failed.
    expect(nextRun(cancelling, { type: 'failed', run: 1, error: new Error('worker gone') })).toMatchObject({ status: 'cancelled', error: null });
    expect(nextRun(cancelling, { type: 'failed', run: 1, error: abortError('training') })).toMatchObject({ status: 'cancelled', error: null });
  });

  it('a run that fails by itself says why; one the engine aborted is cancelled', () => {
    const running = runAll([{ type: 'start', plannedEpochs: 1, patience: 1 }, { type: 'progress', run: 1, progress: progress(1) }]);
    expect(nextRun(running, { type: 'failed', run: 1, error: new Error('out of memory') })).toMatchObject({ status: 'failed', error: 'out of memory' });
    expect(nextRun(running, { type: 'failed', run: 1, error: abortError('training') })).toMatchObject({ status: 'cancelled', error: null });
  });

  it('a stale run: events of a run started before the current one change nothing', () => {
    const second = runAll([{ type: 'start', plannedEpochs: 1, patience: 1 }, { type: 'failed', run: 1, error: abortError('training') }, { type: 'start', plannedEpochs: 4, patience: 2 }]);
    expect(second).toMatchObject({ status: 'starting', run: 2, plannedEpochs: 4 });
    expect(nextRun(second, { type: 'progress', run: 1, progress: progress(9) })).toBe(second);
    expect(nextRun(second, { type: 'done', run: 1 })).toBe(second);
    expect(nextRun(second, { type: 'failed', run: 1, error: new Error('late') })).toBe(second);
    expect(nextRun(second, { type: 'done', run: 2 }).status).toBe('done');
  });

  it('pause and resume only move a run that is still running or paused, and clear the notice', () => {
    const running = runAll([{ type: 'start', plannedEpochs: 1, patience: 1 }, { type: 'progress', run: 1, progress: progress(1) }, { type: 'notice', notice: 'Pausing failed' }]);
    expect(running.notice).toBe('Pausing failed');
    expect(nextRun(running, { type: 'paused' })).toMatchObject({ status: 'paused', notice: null });
    const cancelling = nextRun(running, { type: 'cancel' });
    expect(nextRun(cancelling, { type: 'paused' }).status).toBe('cancelling');
    expect(nextRun(cancelling, { type: 'resumed' }).status).toBe('cancelling');
  });

  it('cancel does nothing to a run that has ended, and reset keeps the run number', () => {
    const done = runAll([{ type: 'start', plannedEpochs: 1, patience: 1 }, { type: 'done', run: 1 }]);
    expect(nextRun(done, { type: 'cancel' })).toBe(done);
    expect(nextRun(done, { type: 'reset' })).toEqual({ ...IDLE_RUN, run: 1 });
    expect(nextRun(nextRun(done, { type: 'reset' }), { type: 'start', plannedEpochs: 1, patience: 1 }).run).toBe(2);
  });
});

describe('nextParse', () => {
  it('a replaced upload: the first file\'s progress, summary and failure are ignored', () => {
    const second = parseAll([{ type: 'open', fileName: 'a.csv', bytes: 10 }, { type: 'open', fileName: 'b.csv', bytes: 20 }]);
    expect(second).toMatchObject({ status: 'parsing', upload: 2, fileName: 'b.csv', bytes: 20 });
    expect(nextParse(second, { type: 'read', upload: 1, bytesRead: 5, bytes: 10 })).toBe(second);
    expect(nextParse(second, { type: 'parsed', upload: 1, bytes: 10 })).toBe(second);
    expect(nextParse(second, { type: 'failed', upload: 1, error: new Error('bad a.csv') })).toBe(second);
    expect(nextParse(nextParse(second, { type: 'read', upload: 2, bytesRead: 8, bytes: 20 }), { type: 'parsed', upload: 2, bytes: 20 })).toMatchObject({ status: 'done', bytesRead: 20 });
  });

  it('a failed upload says why', () => {
    const failed = parseAll([{ type: 'open', fileName: 'a.csv', bytes: 10 }, { type: 'failed', upload: 1, error: new Error('line 3: expected 4 columns, found 3') }]);
    expect(failed).toMatchObject({ status: 'failed', fileName: 'a.csv', error: 'line 3: expected 4 columns, found 3' });
  });

  it('a discarded dataset ignores the answer still on its way', () => {
    const discarded = parseAll([{ type: 'open', fileName: 'a.csv', bytes: 10 }, { type: 'discard' }]);
    expect(discarded).toEqual({ ...IDLE_PARSE, upload: 2 });
    expect(nextParse(discarded, { type: 'parsed', upload: 1, bytes: 10 })).toBe(discarded);
  });
});
