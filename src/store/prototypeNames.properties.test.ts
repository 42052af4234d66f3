import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GOOD_META, PROTOTYPE_NAMES } from '../../tests/fixtures/hostile/hostileMetas';
import { datasetStats, detectFormat, readDataset, writeConll, writeGmbCsv, writeSpanJsonl } from '../core/datasets';
import { formatReport, scoreEntities } from '../core/eval';
import { spansToTags, tagsToSpans } from '../core/tags';
import type { Sentence } from '../core/types';
import { stageDataset } from '../engine/stagedDataset';
import { validateMeta } from '../model/spec';
import { importKeyFor, renameProblem } from './modelsStore';

/** Object.prototype as a fresh realm has it: a write through `obj["__proto__"][x]` shows up here. */
const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).sort();
const unpolluted = () => expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE_KEYS);

const hostile = fc.constantFrom(...PROTOTYPE_NAMES);
const word = fc.oneof(hostile, fc.constantFrom('Paris', 'met', 'Ada', '.'));
const sentence: fc.Arbitrary<Sentence> = fc.array(fc.record({ word, label: fc.option(fc.oneof(hostile, fc.constant('per')), { nil: undefined }) }), { minLength: 1, maxLength: 8 }).map((items) => {
  const tokens = items.map((item) => item.word);
  const spans = items.flatMap((item, i) => (item.label ? [{ start: i, end: i + 1, label: item.label }] : []));
  return { tokens, tags: spansToTags(spans, tokens.length) };
});

/** Counts per label computed with a Map: what datasetStats must report. */
function expectedCounts(sentences: readonly Sentence[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const s of sentences) for (const span of tagsToSpans(s.tags!)) counts.set(span.label, (counts.get(span.label) ?? 0) + 1);
  return counts;
}

describe('user text named like Object.prototype members', () => {
  it('prototype names as labels and words pass every reader, the worker upload and the stats', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(sentence, { minLength: 1, maxLength: 6 }), async (sentences) => {
        const expected = expectedCounts(sentences);
        const files: [string, string][] = [
          ['data.conll', writeConll(sentences)],
          ['data.csv', writeGmbCsv(sentences)],
          ['data.jsonl', writeSpanJsonl(sentences)],
        ];
        for (const [name, text] of files) {
          const format = detectFormat(name, text);
          expect(format).not.toBeNull();
          const read = await readDataset(text, format!);
          expect(read.errors).toEqual([]);
          const stats = datasetStats(read.sentences);
          expect(new Map(Object.entries(stats.labels).map(([label, c]) => [label, c.entities]))).toEqual(expected);
          // The worker's path, as an upload takes it; a second upload after the first must still parse.
          const staged = await stageDataset(Object.assign(new Blob([text]), { name }));
          expect(Object.keys(staged.summary.stats.labels).sort()).toEqual([...expected.keys()].sort());
          unpolluted();
        }
      }),
      { numRuns: 40 },
    );
  });

  it('prototype names as file names, CSV headers and scored labels', async () => {
    for (const name of PROTOTYPE_NAMES) {
      const csv = await readDataset(`Sentence #,${name},Word,Tag\nSentence: 1,x,Ada,B-per\n`, 'gmb-csv');
      expect(csv.errors.map((error) => error.message)).toEqual([`line 1: unknown column "${name}" (column 2); expected the header Sentence #,Word,POS,Tag (POS may be left out) — no rows were read`]);
      expect(detectFormat(`data.${name}`, 'Ada B-per\n\n')).toBe('conll');
      const scores = scoreEntities([[`B-${name}`, 'O']], [[`B-${name}`, `B-${name === 'toString' ? 'constructor' : 'toString'}`]]);
      expect(Object.keys(scores.perType).sort()).toEqual([name, name === 'toString' ? 'constructor' : 'toString'].sort());
      expect(formatReport(scores)).toContain(name);
    }
    unpolluted();
  });

  it('prototype names as model names and labels', () => {
    const taken = new Set(PROTOTYPE_NAMES);
    for (const name of PROTOTYPE_NAMES) {
      expect(importKeyFor(`${name}.zip`, new Set())).toBe(name);
      expect(importKeyFor(`${name}.zip`, taken)).toBe(`${name} (2)`);
      expect(renameProblem('x', name, new Set())).toBeNull();
      const meta = { ...GOOD_META, name, labels: [name], tags: ['O', `B-${name}`, `I-${name}`], metrics: undefined };
      expect(validateMeta(meta).ok).toBe(true);
    }
    unpolluted();
  });
});
