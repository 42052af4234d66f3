import { describe, expect, it } from 'vitest';
import type { DatasetFormat } from '../datasets';
import { annotatedSentences, exportAnnotations, importAnnotations } from './annotationExport';
import { addSpan, removeSpan, setReviewed } from './corrections';
import { TEST_TEXT, testDocument } from './testDocument';

const NOW = '2026-01-02T00:00:00.000Z';

function corrected() {
  let document = addSpan(testDocument(), { sentence: 0, start: 0, end: 2 }, 'per', NOW);
  document = removeSpan(document, 1, 0, NOW);
  document = addSpan(document, { sentence: 1, start: 2, end: 4 }, 'CEO', NOW);
  return setReviewed(setReviewed(document, 0, true, NOW), 1, true, NOW);
}

describe('exportAnnotations', () => {
  it('writes span JSONL with each sentence’s own text and offsets', () => {
    expect(exportAnnotations([corrected()], 'span-jsonl').split('\n')[1]).toBe(
      JSON.stringify({
        text: 'She met Tim Cook on Monday.',
        spans: [{ start: 8, end: 16, label: 'CEO' }],
        tokens: [[0, 3], [4, 7], [8, 11], [12, 16], [17, 19], [20, 26], [26, 27]].map(([start, end]) => ({ start, end })),
      }),
    );
  });

  it.each<DatasetFormat>(['span-jsonl', 'conll', 'gmb-csv'])('reads %s back through the project’s readers identically', async (format) => {
    const written = exportAnnotations([corrected()], format);
    const imported = await importAnnotations(written, format, `annotations.${format}`, NOW);
    const strip = (sentences: ReturnType<typeof annotatedSentences>) => sentences.map(({ tokens, tags }) => ({ tokens, tags }));
    expect(strip(annotatedSentences([imported]))).toEqual(strip(annotatedSentences([corrected()])));
    expect(exportAnnotations([imported], format)).toBe(written);
    expect(imported.sentences.every((s) => s.reviewed && s.known.every(Boolean))).toBe(true);
  });

  it('keeps the original sentence texts through span JSONL', async () => {
    const imported = await importAnnotations(exportAnnotations([corrected()], 'span-jsonl'), 'span-jsonl', 'a.jsonl', NOW);
    expect(imported.text).toBe(TEST_TEXT);
    expect(imported.sentences.map((s) => s.spans)).toEqual(corrected().sentences.map((s) => s.spans));
  });

  it('refuses a broken file with the line of its first problem', async () => {
    await expect(importAnnotations('{"text": "x", "spans": [{"start": 0, "end": 9, "label": "per"}]}\n', 'span-jsonl', 'bad.jsonl', NOW)).rejects.toThrow(/^bad\.jsonl, line 1: /);
    await expect(importAnnotations('', 'conll', 'empty.conll', NOW)).rejects.toThrow('empty.conll has no sentences');
  });
});
