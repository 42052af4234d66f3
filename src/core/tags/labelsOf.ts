import { parseTag } from './parseTag';

/** The distinct entity labels of some tags, sorted; `O` and malformed tags contribute none. */
export function labelsOf(tags: Iterable<string>): string[] {
  const labels = new Set<string>();
  for (const tag of tags) {
    const parsed = parseTag(tag);
    if (parsed.ok && parsed.prefix !== 'O') labels.add(parsed.label);
  }
  return [...labels].sort();
}
