import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from './analyzeDocument';
import { graphOf } from './analyzedDocument.testing';
import { ARBITRARY_LABELS, arbitraryDocument } from './documentArbitrary.testing';
import { documentEntities } from './documentEntities';
import { documentMentions } from './documentMentions';
import { documentToConll } from './documentToConll';
import { entityKey } from './entityKey';
import { mentionsToCsv } from './mentionsToCsv';
import { suggestTags } from './suggestTags';
import type { Mention } from './types';

const graphOptions = fc.record(
  {
    minWeight: fc.integer({ min: 1, max: 3 }),
    maxNodes: fc.nat({ max: 8 }),
    labels: fc.subarray([...ARBITRARY_LABELS]),
  },
  { requiredKeys: [] },
);

describe('analysis properties', () => {
  it('every mention is the text between its offsets', () => {
    fc.assert(
      fc.property(arbitraryDocument, (doc) => {
        const mentions = documentMentions(doc);
        const starts = doc.sentences.reduce((n, s) => n + s.tags.filter((t) => t.startsWith('B-')).length, 0);
        expect(mentions).toHaveLength(starts);
        mentions.forEach((mention, i) => {
          expect(doc.text.slice(mention.start, mention.end)).toBe(mention.text);
          const sentence = doc.sentences[mention.sentence];
          expect(mention.start).toBeGreaterThanOrEqual(sentence.start);
          expect(mention.end).toBeLessThanOrEqual(sentence.end);
          expect(mention.confidence).toBeGreaterThanOrEqual(0);
          expect(mention.confidence).toBeLessThanOrEqual(1);
          if (i > 0) expect(mention.start).toBeGreaterThanOrEqual(mentions[i - 1].end);
        });
      }),
    );
  });

  it('entities partition the mentions', () => {
    fc.assert(
      fc.property(arbitraryDocument, (doc) => {
        const mentions = documentMentions(doc);
        const entities = documentEntities(mentions);
        expect(entities.reduce((sum, e) => sum + e.count, 0)).toBe(mentions.length);
        expect(new Set(entities.flatMap((e) => e.mentions))).toEqual(new Set(mentions));
        for (const entity of entities) {
          expect(entity.mentions).toHaveLength(entity.count);
          for (const m of entity.mentions) expect(entityKey(m.label, m.text)).toBe(entity.key);
        }
        expect(new Set(entities.map((e) => e.key)).size).toBe(entities.length);
      }),
    );
  });

  it('suggested tags are few unique and ranked', () => {
    fc.assert(
      fc.property(arbitraryDocument, fc.nat({ max: 6 }), (doc, limit) => {
        const tags = suggestTags(documentEntities(documentMentions(doc)), { limit });
        expect(tags.length).toBeLessThanOrEqual(limit);
        expect(new Set(tags.map((t) => t.text.toLowerCase())).size).toBe(tags.length);
        for (let i = 1; i < tags.length; i++) expect(tags[i].score).toBeLessThanOrEqual(tags[i - 1].score);
      }),
    );
  });

  it('graph edges join existing nodes with weights counting shared sentences', () => {
    fc.assert(
      fc.property(arbitraryDocument, graphOptions, (doc, options) => {
        const graph = graphOf(doc, options);
        const nodes = new Map(graph.nodes.map((n) => [n.id, n]));
        expect(nodes.size).toBe(graph.nodes.length);
        expect(new Set(graph.edges.map((e) => e.id)).size).toBe(graph.edges.length);
        const entityNodes = graph.nodes.filter((n) => n.kind === 'entity');
        if (options.maxNodes !== undefined) expect(entityNodes.length).toBeLessThanOrEqual(options.maxNodes);
        const wanted: readonly string[] = options.labels ?? ARBITRARY_LABELS;
        // The graph draws the analysis's entities: reconciled (one name, one label), outside code (codeRegions).
        const candidates = analyzeDocument(doc).entities.filter((e) => wanted.includes(e.label));
        expect(entityNodes.length + graph.hidden.nodes).toBe(candidates.length);

        const pairs = new Set<string>();
        for (const edge of graph.edges) {
          expect(nodes.has(edge.source)).toBe(true);
          expect(nodes.has(edge.target)).toBe(true);
          expect(edge.source).not.toBe(edge.target);
          if (edge.kind === 'category') continue;
          expect(edge.weight).toBeGreaterThanOrEqual(options.minWeight ?? 1);
          const shared = nodes.get(edge.source)!.sentences.filter((s) => nodes.get(edge.target)!.sentences.includes(s));
          expect(edge.weight).toBe(shared.length);
          pairs.add([edge.source, edge.target].sort().join('\n'));
        }
        // Every pair sharing enough sentences has exactly one edge.
        let expected = 0;
        for (let i = 0; i < entityNodes.length; i++) {
          for (let j = i + 1; j < entityNodes.length; j++) {
            const shared = entityNodes[i].sentences.filter((s) => entityNodes[j].sentences.includes(s)).length;
            if (shared >= (options.minWeight ?? 1)) expected += 1;
          }
        }
        expect(pairs.size).toBe(expected);
        expect(graph.edges.filter((e) => e.kind === 'cooccurrence')).toHaveLength(expected);
      }),
    );
  });

  it('CSV text survives a parse back, formula cells behind a quote', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme', minLength: 1 }), { maxLength: 5 }), (texts) => {
        const mentions: Mention[] = texts.map((text, i) => ({ start: i, end: i + text.length, label: 'org', text, sentence: 0, confidence: 1 }));
        const parsed = Papa.parse<string[]>(mentionsToCsv(mentions));
        // A cell a spreadsheet would run as a formula comes back behind a "'" (see mentionsToCsv).
        expect(parsed.data.slice(1).map((row) => row[3])).toEqual(texts.map((text) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text)));
      }),
    );
  });

  it('CoNLL has one line per token', () => {
    fc.assert(
      fc.property(arbitraryDocument, (doc) => {
        const lines = documentToConll(doc).split('\n').filter((line) => line !== '');
        expect(lines).toEqual(doc.sentences.flatMap((s) => s.tokens.map((t, i) => `${t.text}\t${s.tags[i]}`)));
      }),
    );
  });
});
