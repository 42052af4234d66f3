import type { WordClusters } from './wordClusters';

const HEADER = '# NER Studio word clusters: word<TAB>cluster<TAB>group, one lower-cased word a line';

/** The table as text (clusters.txt of a model bundle), most frequent words first as built. */
export function formatClusterTable(clusters: WordClusters): string {
  const lines = [HEADER];
  for (const [word, [cluster, group]] of clusters.byWord) lines.push(`${word}\t${cluster}\t${group}`);
  return `${lines.join('\n')}\n`;
}

export type ParsedClusterTable = { ok: true; clusters: WordClusters } | { ok: false; error: string };

const isIndex = (text: string) => /^\d{1,9}$/.test(text);

/** Reads formatClusterTable's text back; the first bad line is named in the error. */
export function parseClusterTable(text: string): ParsedClusterTable {
  const byWord = new Map<string, readonly [number, number]>();
  let clusters = 0;
  let groups = 0;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    // A comment has no tab: words such as `#rstats` start with '#' too.
    if (line === '' || (line.startsWith('#') && !line.includes('\t'))) continue;
    const fields = line.split('\t');
    if (fields.length !== 3 || fields[0] === '' || !isIndex(fields[1]) || !isIndex(fields[2])) {
      return { ok: false, error: `line ${i + 1}: expected word<TAB>cluster<TAB>group, found "${line.slice(0, 60)}"` };
    }
    if (fields[0] !== fields[0].toLowerCase()) return { ok: false, error: `line ${i + 1}: "${fields[0]}" is not lower-cased` };
    if (byWord.has(fields[0])) return { ok: false, error: `line ${i + 1}: "${fields[0]}" is listed twice` };
    const cluster = Number(fields[1]);
    const group = Number(fields[2]);
    byWord.set(fields[0], [cluster, group]);
    clusters = Math.max(clusters, cluster + 1);
    groups = Math.max(groups, group + 1);
  }
  if (byWord.size === 0) return { ok: false, error: 'the table lists no words' };
  return { ok: true, clusters: { byWord, clusters, groups } };
}
