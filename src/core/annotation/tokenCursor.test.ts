import { describe, expect, it } from 'vitest';
import { keyIntent } from './annotationKeys';
import { selectedRange, startPosition, stepSentence, stepToken, stepWithinSentence } from './tokenCursor';
import { testDocument } from './testDocument';

const press = (key: string, modifiers: Partial<{ ctrlKey: boolean; shiftKey: boolean; metaKey: boolean; altKey: boolean }> = {}) =>
  keyIntent({ key, ctrlKey: false, shiftKey: false, metaKey: false, altKey: false, ...modifiers });

describe('token cursor', () => {
  const document = testDocument();
  it('steps over tokens into the next sentence and stops at the ends', () => {
    expect(startPosition(document)).toEqual({ sentence: 0, token: 0 });
    expect(stepToken(document, { sentence: 0, token: 7 }, 1)).toEqual({ sentence: 1, token: 0 });
    expect(stepToken(document, { sentence: 1, token: 0 }, -1)).toEqual({ sentence: 0, token: 7 });
    expect(stepToken(document, { sentence: 1, token: 6 }, 1)).toEqual({ sentence: 1, token: 6 });
    expect(stepToken(document, { sentence: 0, token: 0 }, -1)).toEqual({ sentence: 0, token: 0 });
  });
  it('grows a selection within its sentence only, in either direction', () => {
    expect(stepWithinSentence(document, { sentence: 0, token: 7 }, 1)).toEqual({ sentence: 0, token: 7 });
    expect(selectedRange({ sentence: 0, token: 4 }, { sentence: 0, token: 3 })).toEqual({ sentence: 0, start: 3, end: 5 });
    expect(selectedRange({ sentence: 0, token: 4 }, { sentence: 1, token: 2 })).toEqual({ sentence: 1, start: 2, end: 3 });
  });
  it('jumps to the first token of the next or previous sentence', () => {
    expect(stepSentence(document, { sentence: 0, token: 5 }, 1)).toEqual({ sentence: 1, token: 0 });
    expect(stepSentence(document, { sentence: 1, token: 5 }, -1)).toEqual({ sentence: 0, token: 0 });
    expect(stepSentence(document, { sentence: 1, token: 5 }, 1)).toEqual({ sentence: 1, token: 5 });
  });
});

describe('keyIntent', () => {
  it('maps the keys of Correct mode to intents', () => {
    expect(press('ArrowRight', { shiftKey: true })).toEqual({ type: 'move', step: 1, extend: true });
    expect(press('ArrowLeft')).toEqual({ type: 'move', step: -1, extend: false });
    expect(press('ArrowDown')).toEqual({ type: 'moveSentence', step: 1 });
    expect(press('3')).toEqual({ type: 'label', index: 2 });
    expect(press('0')).toBeNull();
    expect(press('Enter')).toEqual({ type: 'accept' });
    expect(press('Delete')).toEqual({ type: 'remove' });
    expect(press('z', { ctrlKey: true })).toEqual({ type: 'undo' });
    expect(press('Z', { ctrlKey: true, shiftKey: true })).toEqual({ type: 'redo' });
    expect(press('y', { metaKey: true })).toEqual({ type: 'redo' });
    expect(press('n')).toEqual({ type: 'nextToReview' });
    expect(press('+')).toEqual({ type: 'newLabel' });
    expect(press('1', { altKey: true })).toBeNull();
    expect(press('x')).toBeNull();
  });
});
