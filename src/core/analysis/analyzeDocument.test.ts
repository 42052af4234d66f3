import { describe, expect, it } from 'vitest';
import { analyzeDocument } from './analyzeDocument';
import { makeDocument } from './analyzedDocument.testing';
import { documentEntities } from './documentEntities';
import { documentMentions } from './documentMentions';
import { suggestTags } from './suggestTags';

const doc = makeDocument(
  ['Google/B-org/NNP acquired/O/VBD DeepMind/B-org/NNP in/O/IN London/B-geo/NNP ./O/.', 'Google/B-org/NNP hired/O/VBD Ada/B-per/NNP ./O/.'],
  { labels: ['geo', 'org', 'per'] },
);

describe('analyzeDocument', () => {
  it('reads the tags once into mentions with their token ranges, in text order', () => {
    const { mentions } = analyzeDocument(doc);
    expect(mentions.map((m) => [m.text, m.sentence, m.tokenStart, m.tokenEnd])).toEqual([
      ['Google', 0, 0, 1],
      ['DeepMind', 0, 2, 3],
      ['London', 0, 4, 5],
      ['Google', 1, 0, 1],
      ['Ada', 1, 2, 3],
    ]);
    expect(mentions.map(({ tokenStart: _s, tokenEnd: _e, ...mention }) => mention)).toEqual(documentMentions(doc));
  });

  it('groups entities and suggests tags from those mentions', () => {
    const analysis = analyzeDocument(doc);
    expect(analysis.entities).toEqual(documentEntities(analysis.mentions));
    expect(analysis.entities[0].mentions[1]).toBe(analysis.mentions[3]);
    expect(analysis.tags).toEqual(suggestTags(analysis.entities));
  });

  it('counts entities and mentions per label, most entities first, then by label', () => {
    expect(analyzeDocument(doc).labelCounts).toEqual([
      { label: 'org', mentions: 3, entities: 2 },
      { label: 'geo', mentions: 1, entities: 1 },
      { label: 'per', mentions: 1, entities: 1 },
    ]);
  });

  it('finds the paragraphs and sums up the document', () => {
    const text = makeDocument(['A/B-per .', 'B/B-per .'], { glue: '\n\n' });
    const analysis = analyzeDocument(text);
    expect(analysis.paragraphs).toEqual([
      { start: 0, end: 3 },
      { start: 5, end: 8 },
    ]);
    expect(analysis.summary).toEqual({ paragraphs: 2, sentences: 2, tokens: 4 });
  });

  it('gives an empty document no mentions, entities, tags or paragraphs', () => {
    const analysis = analyzeDocument({ text: '', sentences: [], labels: [] });
    expect([analysis.mentions, analysis.entities, analysis.tags, analysis.labelCounts, analysis.paragraphs]).toEqual([[], [], [], [], []]);
    expect(analysis.summary).toEqual({ paragraphs: 0, sentences: 0, tokens: 0 });
  });

  it('test_analyzeDocument_keeps_code_urls_and_console_tables_out_of_mentions_entities_and_tags', () => {
    const coded = makeDocument(
      [
        'Import/O `pyspark.sql`/B-geo from/O www.spark.apache.org/B-org ./O',
        '+----+/B-TOPIC |/O id|/B-org Databricks/B-org hired/O Ada/B-per ./O',
      ],
      { labels: ['geo', 'org', 'per', 'TOPIC'], glue: '\n' },
    );
    const analysis = analyzeDocument(coded);
    expect(analysis.code.map((range) => coded.text.slice(range.start, range.end))).toEqual(['`pyspark.sql`', 'www.spark.apache.org']);
    expect(analysis.mentions.map((m) => m.text)).toEqual(['+----+', 'id|', 'Databricks', 'Ada']);
    const table = makeDocument(['+----+/B-TOPIC', '|/O id/B-org |/O'], { labels: ['org', 'TOPIC'], glue: '\n' });
    const tableAnalysis = analyzeDocument(table);
    expect(tableAnalysis.mentions).toEqual([]);
    expect(tableAnalysis.entities).toEqual([]);
    expect(tableAnalysis.tags).toEqual([]);
  });
});

describe('analyzeDocument consistency', () => {
  it('applies the casing cue by default, TOPIC exempt, and counts what it dropped', () => {
    const tagged = makeDocument(['Random/B-org Forest/I-org and/O Spark/B-TOPIC', 'a random forest on spark .'], { labels: ['org', 'TOPIC'] });
    const analysis = analyzeDocument(tagged);
    expect(analysis.mentions.map((m) => `${m.text}/${m.label}`)).toEqual(['Spark/TOPIC']);
    expect(analysis.adjustments.casingDropped).toBe(1);
    expect(analyzeDocument(tagged, { casing: false }).mentions.map((m) => m.text)).toEqual(['Random Forest', 'Spark']);
  });

  it('a name tagged inside code does not vote on its label in prose, and code keeps no tags', () => {
    const tagged = makeDocument(
      [
        { tokens: '`Spark`/B-per runs', confidence: [0.99, 0.9] },
        { tokens: 'Spark/B-TOPIC scales', confidence: [0.6, 0.9] },
        { tokens: 'Spark/B-per wins', confidence: [0.5, 0.9] },
      ],
      { labels: ['per', 'TOPIC'] },
    );
    const analysis = analyzeDocument(tagged);
    expect(analysis.mentions.map((m) => `${m.text}/${m.label}`)).toEqual(['Spark/TOPIC', 'Spark/TOPIC']);
    expect(analysis.document.sentences[0].tags).toEqual(['O', 'O']);
  });

  it('analyzeDocument reconciles a name across the document unless asked not to', () => {
    const tagged = makeDocument([{ tokens: 'Optimus/B-per runs', confidence: [0.4, 0.9] }, { tokens: 'Optimus/B-geo wins', confidence: [0.9, 0.9] }]);
    const analysis = analyzeDocument(tagged);
    expect(analysis.mentions.map((m) => `${m.text}/${m.label}`)).toEqual(['Optimus/geo', 'Optimus/geo']);
    expect(analysis.document.sentences[0].tags).toEqual(['B-geo', 'O']);
    expect(analysis.entities).toHaveLength(1);
    expect(analysis.mentions[0].confidence).toBeCloseTo(0.6, 10);
    const raw = analyzeDocument(tagged, { consistency: false });
    expect(raw.mentions.map((m) => m.label)).toEqual(['per', 'geo']);
    expect(raw.document).toBe(tagged);
  });
});
