import { startOfChunk } from './chunkBoundaries';
import { OUTSIDE, parseTag, type ParsedTag } from './parseTag';
import type { TagScheme } from './scheme';

export type SchemeDetection = { scheme: TagScheme } | { scheme: null; reason: string };

/**
 * Tells which scheme a corpus's tag sequences (one per sentence) are written in.
 * - any E-/S- tag → BIOES; any L-/U- tag → BILOU;
 * - otherwise every entity begins after `O`, after another type, or at a sentence start, and that
 *   token shows the scheme: IOB2 writes `B-` there and IOB1 writes `I-` (IOB1 uses `B-` only
 *   between adjacent entities of the same type, which both schemes share).
 * Gives `scheme: null` with a reason when there are no entities, or when the evidence conflicts
 * (e.g. an IOB2 file with stray `I-` starts); malformed tags are ignored.
 */
export function detectScheme(tagSequences: Iterable<readonly string[]>): SchemeDetection {
  const firstSeen: Partial<Record<'iob1' | 'iob2' | 'bioes' | 'bilou', string>> = {};
  let sentence = 0;
  for (const tags of tagSequences) {
    let previous: ParsedTag = OUTSIDE;
    tags.forEach((tag, token) => {
      const parsed = parseTag(tag);
      if (!parsed.ok) return;
      const where = `sentence ${sentence + 1}, token ${token + 1}: "${tag}"`;
      const letter = tag[0];
      if (letter === 'L' || letter === 'U') firstSeen.bilou ??= where;
      if (letter === 'E' || letter === 'S') firstSeen.bioes ??= where;
      if (startOfChunk(previous, parsed) && previous.label !== parsed.label) {
        if (parsed.prefix === 'B') firstSeen.iob2 ??= where;
        if (parsed.prefix === 'I') firstSeen.iob1 ??= where;
      }
      previous = parsed;
    });
    sentence++;
  }
  if (firstSeen.bilou !== undefined && firstSeen.bioes !== undefined) {
    return { scheme: null, reason: `BILOU (${firstSeen.bilou}) and BIOES (${firstSeen.bioes}) tags are mixed` };
  }
  if (firstSeen.bilou !== undefined) return { scheme: 'BILOU' };
  if (firstSeen.bioes !== undefined) return { scheme: 'BIOES' };
  if (firstSeen.iob1 !== undefined && firstSeen.iob2 !== undefined) {
    return {
      scheme: null,
      reason: `entities begin with B- (${firstSeen.iob2}, as in IOB2) and with I- (${firstSeen.iob1}, as in IOB1)`,
    };
  }
  if (firstSeen.iob2 !== undefined) return { scheme: 'IOB2' };
  if (firstSeen.iob1 !== undefined) return { scheme: 'IOB1' };
  return { scheme: null, reason: 'no entity tags to tell the scheme from' };
}
