import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatClusterTable, parseClusterTable } from './clusterTable';
import { wordClusters, type WordClusters } from './wordClusters';

describe('cluster table', () => {
  it('table round-trips', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.stringMatching(/^[a-z0-9+#.-]{1,12}$/), { minLength: 1, maxLength: 30 }), fc.nat(50), (words, seed) => {
        const byWord = new Map(words.map((word, i) => [word, [(i * 7 + seed) % 13, (i + seed) % 3] as const]));
        const table: WordClusters = { byWord, clusters: 0, groups: 0 };
        const parsed = parseClusterTable(formatClusterTable(table));
        expect(parsed.ok && [...parsed.clusters.byWord]).toEqual([...byWord]);
      }),
    );
  });

  it('table round-trips term affinity', () => {
    const table: WordClusters = { byWord: new Map([['keras', [1, 0] as const], ['#rstats', [2, 1] as const]]), clusters: 3, groups: 2, affinity: new Map([['keras', 7]]) };
    const parsed = parseClusterTable(formatClusterTable(table));
    expect(parsed.ok && [...parsed.clusters.affinity!]).toEqual([['keras', 7], ['#rstats', 0]]);
    expect(parsed.ok && parsed.clusters.byWord.get('#rstats')).toEqual([2, 1]);
  });

  it('table errors name the line', () => {
    expect(parseClusterTable('cat\t1\t0\t2\ndog\t1\t0\n')).toEqual({ ok: false, error: 'line 2: expected word<TAB>cluster<TAB>group<TAB>affinity, found "dog\t1\t0"' });
    expect(parseClusterTable('cat\t1\t0\t10')).toEqual({ ok: false, error: 'line 1: term affinity 10 is not below 10' });
    expect(parseClusterTable('# h\ncat\t1\t0\ndog\t1\n')).toEqual({ ok: false, error: 'line 3: expected word<TAB>cluster<TAB>group, found "dog\t1"' });
    expect(parseClusterTable('cat\t1\t0\ncat\t2\t0')).toEqual({ ok: false, error: 'line 2: "cat" is listed twice' });
    expect(parseClusterTable('Cat\t1\t0')).toEqual({ ok: false, error: 'line 1: "Cat" is not lower-cased' });
    expect(parseClusterTable('cat\t-1\t0')).toMatchObject({ ok: false, error: expect.stringMatching(/^line 1:/) });
    expect(parseClusterTable('# only a header\n')).toEqual({ ok: false, error: 'the table lists no words' });
  });

  it('parsed table counts clusters and groups', () => {
    const parsed = parseClusterTable('a\t4\t1\nb\t0\t0\n');
    expect(parsed.ok && [parsed.clusters.clusters, parsed.clusters.groups]).toEqual([5, 2]);
  });
});

describe('wordClusters', () => {
  it('term affinity carries listed words to words used alike', () => {
    const sentences: string[][] = [];
    for (let i = 0; i < 40; i++) {
      sentences.push(['we', 'import', ['numpy', 'pandas', 'scipy'][i % 3], 'as', 'a', 'library']);
      sentences.push(['they', 'flew', 'to', ['paris', 'london', 'rome'][i % 3], 'by', 'plane']);
    }
    const options = { minCount: 5, maxWords: 100, window: 2, dimensions: 8, clusters: 4, groups: 2, iterations: 20, seed: 2, neighbours: 2 };
    const listed = new Map([['numpy', 1], ['scipy', 1]]);
    const { affinity } = wordClusters(sentences, options, listed);
    expect(affinity!.get('pandas')).toBeGreaterThan(affinity!.get('london')!);
    expect(affinity!.get('numpy')).toBeGreaterThan(0);
    expect(wordClusters(sentences, options).affinity).toBeUndefined();
  });

  it('words used alike share a cluster and groups nest clusters', () => {
    const sentences: string[][] = [];
    for (let i = 0; i < 40; i++) {
      sentences.push(['we', 'import', ['numpy', 'pandas', 'scipy'][i % 3], 'as', 'a', 'library']);
      sentences.push(['they', 'flew', 'to', ['paris', 'london', 'rome'][i % 3], 'by', 'plane']);
    }
    const clusters = wordClusters(sentences, { minCount: 5, maxWords: 100, window: 2, dimensions: 8, clusters: 4, groups: 2, iterations: 20, seed: 2 });
    const of = (word: string) => clusters.byWord.get(word)!;
    expect(of('numpy')).toEqual(of('pandas'));
    expect(of('pandas')).toEqual(of('scipy'));
    expect(of('paris')).toEqual(of('rome'));
    expect(of('numpy')[0]).not.toBe(of('paris')[0]);
    for (const [, [cluster, group]] of clusters.byWord) {
      for (const [, [other, otherGroup]] of clusters.byWord) if (other === cluster) expect(otherGroup).toBe(group);
    }
  });
});
