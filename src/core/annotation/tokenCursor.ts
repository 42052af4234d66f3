/**
 * Keyboard selection over a document's tokens: a cursor on one token, and an anchor where a
 * Shift-selection started. A selection never leaves the anchor's sentence (entities do not cross one).
 */
import type { AnnotatedDocument } from './annotatedDocument';
import type { TokenRange } from './corrections';

export interface TokenPosition {
  sentence: number;
  token: number;
}

function firstTokenFrom(document: AnnotatedDocument, sentence: number, step: 1 | -1): TokenPosition | null {
  for (let s = sentence; s >= 0 && s < document.sentences.length; s += step) {
    const count = document.sentences[s].tokens.length;
    if (count > 0) return { sentence: s, token: step === 1 ? 0 : count - 1 };
  }
  return null;
}

/** The first token of the document, or null when it has none. */
export function startPosition(document: AnnotatedDocument): TokenPosition | null {
  return firstTokenFrom(document, 0, 1);
}

/** One token left or right, into the neighbouring sentence at an edge; stays put at the document's ends. */
export function stepToken(document: AnnotatedDocument, position: TokenPosition, step: 1 | -1): TokenPosition {
  const next = position.token + step;
  if (next >= 0 && next < document.sentences[position.sentence].tokens.length) return { sentence: position.sentence, token: next };
  const neighbour = firstTokenFrom(document, position.sentence + step, step);
  return neighbour ?? position;
}

/** One token left or right without leaving the sentence (a Shift-selection grows this way). */
export function stepWithinSentence(document: AnnotatedDocument, position: TokenPosition, step: 1 | -1): TokenPosition {
  const next = position.token + step;
  return next >= 0 && next < document.sentences[position.sentence].tokens.length ? { ...position, token: next } : position;
}

/** The first token of the next (or previous) sentence that has tokens. */
export function stepSentence(document: AnnotatedDocument, position: TokenPosition, step: 1 | -1): TokenPosition {
  const neighbour = firstTokenFrom(document, position.sentence + step, step);
  return neighbour ? { sentence: neighbour.sentence, token: 0 } : position;
}

/** The tokens between anchor and cursor (both included), in the anchor's sentence. */
export function selectedRange(anchor: TokenPosition, cursor: TokenPosition): TokenRange {
  if (anchor.sentence !== cursor.sentence) return { sentence: cursor.sentence, start: cursor.token, end: cursor.token + 1 };
  return { sentence: anchor.sentence, start: Math.min(anchor.token, cursor.token), end: Math.max(anchor.token, cursor.token) + 1 };
}
