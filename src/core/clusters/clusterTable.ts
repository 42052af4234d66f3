import { AFFINITY_LEVELS } from './termAffinity';
import type { WordClusters } from './wordClusters';

const HEADER = '# NER Studio word clusters: word<TAB>cluster<TAB>group[<TAB>term affinity], one lower-cased word a line';

/** The table as text (clusters.txt of a model bundle), most frequent words first as built. */
export function formatClusterTable(clusters: WordClusters): string {
  const lines = [HEADER];
  for (const [word, [cluster, group]] of clusters.byWord) {
    const affinity = clusters.affinity ? `\t${clusters.affinity.get(word) ?? 0}` : '';
    lines.push(`${word}\t${cluster}\t${group}${affinity}`);
  }
  return `${lines.join('\n')}\n`;
}

export type ParsedClusterTable = { ok: true; clusters: WordClusters } | { ok: false; error: string };

const isIndex = (text: string) => /^\d{1,9}$/.test(text);

/**
 * Reads formatClusterTable's text back; the first bad line is named in the error. Every line has
 * the fields of the first: three, or four with the term affinity.
 */
export function parseClusterTable(text: string): ParsedClusterTable {
  const byWord = new Map<string, readonly [number, number]>();
  const affinity = new Map<string, number>();
  let width = 0;
  let clusters = 0;
  let groups = 0;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    // A comment has no tab: words such as `#rstats` start with '#' too.
    if (line === '' || (line.startsWith('#') && !line.includes('\t'))) continue;
    const fields = line.split('\t');
    width ||= fields.length === 4 ? 4 : 3;
    if (fields.length !== width || fields[0] === '' || !fields.slice(1).every(isIndex)) {
      const expected = width === 4 ? 'word<TAB>cluster<TAB>group<TAB>affinity' : 'word<TAB>cluster<TAB>group';
      return { ok: false, error: `line ${i + 1}: expected ${expected}, found "${line.slice(0, 60)}"` };
    }
    if (fields[0] !== fields[0].toLowerCase()) return { ok: false, error: `line ${i + 1}: "${fields[0]}" is not lower-cased` };
    if (byWord.has(fields[0])) return { ok: false, error: `line ${i + 1}: "${fields[0]}" is listed twice` };
    const cluster = Number(fields[1]);
    const group = Number(fields[2]);
    byWord.set(fields[0], [cluster, group]);
    if (width === 4) {
      const level = Number(fields[3]);
      if (level >= AFFINITY_LEVELS) return { ok: false, error: `line ${i + 1}: term affinity ${level} is not below ${AFFINITY_LEVELS}` };
      affinity.set(fields[0], level);
    }
    clusters = Math.max(clusters, cluster + 1);
    groups = Math.max(groups, group + 1);
  }
  if (byWord.size === 0) return { ok: false, error: 'the table lists no words' };
  return { ok: true, clusters: width === 4 ? { byWord, clusters, groups, affinity } : { byWord, clusters, groups } };
}
