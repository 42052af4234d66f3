/**
 * `record[key]` for a record keyed by user text: only its own entries count, so a label named
 * "constructor" or "toString" never finds Object.prototype's members (issue 26).
 */
export function ownValue<V>(record: Readonly<Record<string, V>>, key: string): V | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
