import type { ParsedTag } from './parseTag';

/*
 * Chunk boundaries exactly as conlleval's startOfChunk/endOfChunk, extended to IOBES the way the
 * Python port of conlleval (and seqeval's default, non-strict mode) does.
 *
 * On sequences of B/I/O tags (IOB1, IOB2, and any invalid mix of them) these rules and the 2004 Perl
 * script agree on every input: `I-X` after `O`, after `E-`/`S-` or after another type starts a
 * chunk; `B-X` always starts one; a type change always ends one. The Perl script predates IOBES: it
 * knows `E` only as IOE's end marker and has no `S`, so it reads `B-X E-X B-X E-X` and `S-X S-X` as
 * one chunk each. Here `E-` and `S-` always close their chunk and `S-` always opens one.
 */

/** Whether a chunk ends between the previous token and the current one. */
export function endOfChunk(previous: ParsedTag, current: ParsedTag): boolean {
  if (previous.prefix === 'O') return false;
  if (previous.prefix === 'E' || previous.prefix === 'S') return true;
  if (current.prefix === 'B' || current.prefix === 'S' || current.prefix === 'O') return true;
  return previous.label !== current.label;
}

/** Whether a chunk starts at the current token, given the previous one (`O` before a sentence). */
export function startOfChunk(previous: ParsedTag, current: ParsedTag): boolean {
  if (current.prefix === 'O') return false;
  if (current.prefix === 'B' || current.prefix === 'S') return true;
  // An I- or E- continues only an open chunk (previous B- or I-) of the same type.
  if (previous.prefix === 'O' || previous.prefix === 'E' || previous.prefix === 'S') return true;
  return previous.label !== current.label;
}
