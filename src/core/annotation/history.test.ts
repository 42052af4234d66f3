import { describe, expect, it } from 'vitest';
import { HISTORY_LIMIT, record, redo, startHistory, undo } from './history';

describe('history', () => {
  it('undoes and redoes exactly, and an edit after an undo drops the redo states', () => {
    let history = startHistory('a');
    history = record(history, 'b');
    history = record(history, 'c');
    expect(undo(undo(history)).present).toBe('a');
    expect(redo(redo(undo(undo(history))))).toEqual(history);
    const branched = record(undo(history), 'd');
    expect(branched).toEqual({ past: ['a', 'b'], present: 'd', future: [] });
    expect(undo(startHistory('x'))).toEqual(startHistory('x'));
    expect(redo(branched)).toBe(branched);
  });
  it('records nothing for the same value, and keeps at most HISTORY_LIMIT past states', () => {
    const start = startHistory(0);
    expect(record(start, 0)).toBe(start);
    let history = start;
    for (let i = 1; i <= HISTORY_LIMIT + 10; i++) history = record(history, i);
    expect(history.past.length).toBe(HISTORY_LIMIT);
    expect(history.past[0]).toBe(10);
  });
});
