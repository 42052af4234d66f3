/**
 * Correct mode's keys: one key event (as the browser reports it) → the intent it asks for. The
 * store performs intents; the component only forwards keys here, so the keymap is tested alone.
 */
export type AnnotationIntent =
  | { type: 'move'; step: 1 | -1; extend: boolean }
  | { type: 'moveSentence'; step: 1 | -1 }
  | { type: 'label'; index: number }
  | { type: 'remove' }
  | { type: 'accept' }
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'collapse' }
  | { type: 'nextToReview' }
  | { type: 'newLabel' };

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/** Hot keys 1–9 choose the first nine labels of the picker. */
export const LABEL_HOT_KEYS = 9;

export function keyIntent(press: KeyPress): AnnotationIntent | null {
  const command = press.ctrlKey || press.metaKey;
  const key = press.key.length === 1 ? press.key.toLowerCase() : press.key;
  if (command) {
    if (key === 'z') return press.shiftKey ? { type: 'redo' } : { type: 'undo' };
    if (key === 'y') return { type: 'redo' };
    return null;
  }
  if (press.altKey) return null;
  switch (key) {
    case 'ArrowRight':
      return { type: 'move', step: 1, extend: press.shiftKey };
    case 'ArrowLeft':
      return { type: 'move', step: -1, extend: press.shiftKey };
    case 'ArrowDown':
      return { type: 'moveSentence', step: 1 };
    case 'ArrowUp':
      return { type: 'moveSentence', step: -1 };
    case 'Enter':
      return { type: 'accept' };
    case 'Delete':
    case 'Backspace':
      return { type: 'remove' };
    case 'Escape':
      return { type: 'collapse' };
    case 'n':
      return { type: 'nextToReview' };
    case '+':
      return { type: 'newLabel' };
  }
  if (/^[1-9]$/.test(key) && Number(key) <= LABEL_HOT_KEYS) return { type: 'label', index: Number(key) - 1 };
  return null;
}
