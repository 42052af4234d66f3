import { convertTags } from './convertTags';
import { parseTag } from './parseTag';
import type { TagScheme } from './scheme';

/**
 * The nearest valid IOB2 sequence: the one with the same entities as conlleval reads from the
 * input. `I-X` after `O` or after another type becomes `B-X`; E-/S- tags become B-/I-; malformed
 * tags become `O`. Idempotent.
 */
export function repairIob2(tags: readonly string[]): string[] {
  return convertTags(tags, 'IOB2');
}

/**
 * Whether `tags` is a well-formed sequence of `scheme`: every tag parses, uses the scheme's
 * letters, and the sequence is exactly how the scheme writes the entities it encodes.
 */
export function isValidTagSequence(tags: readonly string[], scheme: TagScheme): boolean {
  if (!tags.every((tag) => parseTag(tag).ok)) return false;
  const canonical = convertTags(tags, scheme);
  return canonical.every((tag, i) => tag === tags[i]);
}

/** Whether every `I-X` follows a `B-X` or `I-X` and only O/B/I tags are used. */
export function isValidIob2(tags: readonly string[]): boolean {
  return isValidTagSequence(tags, 'IOB2');
}
