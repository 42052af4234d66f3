// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../text';
import { codeRegions, overlapsRegion } from './codeRegions';

const fixture = (name: string) => readFileSync(resolve(__dirname, '../../../tests/fixtures/code', name), 'utf8');

function codeTexts(text: string): string[] {
  return codeRegions(text).map((range) => text.slice(range.start, range.end));
}

describe('codeRegions', () => {
  it('test_codeRegions_marks_medium_pre_blocks_inline_code_and_urls_but_not_prose', () => {
    const text = htmlToText(fixture('medium-code.html'));
    const code = codeTexts(text);
    expect(code).toEqual([
      '`pyspark.sql`',
      'https://spark.apache.org/docs/latest/',
      [
        '```',
        'from pyspark.sql import SparkSession',
        '',
        'spark = SparkSession.builder.appName("Demo").getOrCreate()',
        'df = spark.read.parquet("s3://bucket/data")',
        'df.show()',
        '```',
      ].join('\n'),
      [
        '```',
        '+----+-------+',
        '|  id|   name|',
        '+----+-------+',
        '|   1|  Alice|',
        '+----+-------+',
        '```',
      ].join('\n'),
    ]);
    const joined = code.join(' ');
    for (const prose of ['Databricks', 'Apache Spark', 'Matei Zaharia', 'Berkeley', 'Reading Parquet']) expect(joined).not.toContain(prose);
  });

  it('test_codeRegions_detects_yaml_console_tables_and_code_lines_in_a_plain_paste', () => {
    const text = fixture('plain-paste.txt');
    const code = codeTexts(text);
    expect(code).toEqual([
      ['stages:', '  train:', '    cmd: python train.py', '    deps:', '      - data.csv', 'outs:', '  md5: 3f2a9c1d'].join('\n').trimStart(),
      ['+----+-------+', '|  id|   name|', '+----+-------+', '|   1|  Alice|', '+----+-------+'].join('\n'),
      ['import pandas as pd', 'df = pd.read_csv("train.csv")'].join('\n'),
    ]);
  });

  it('test_codeRegions_leaves_hard_wrapped_prose_abbreviations_and_js_names_alone', () => {
    const text = 'for the model to learn the structure of the data and\nif you ask me, node.js and e.g. Vue are fine. See vs. That.';
    expect(codeRegions(text)).toEqual([]);
    expect(codeTexts('Call model.fit() and then sklearn.metrics.f1_score on it.')).toEqual(['model.fit()', 'sklearn.metrics.f1_score']);
  });

  it('test_overlapsRegion_finds_any_overlap', () => {
    const regions = [{ start: 5, end: 10 }, { start: 20, end: 30 }];
    expect(overlapsRegion(regions, 0, 5)).toBe(false);
    expect(overlapsRegion(regions, 0, 6)).toBe(true);
    expect(overlapsRegion(regions, 10, 20)).toBe(false);
    expect(overlapsRegion(regions, 29, 40)).toBe(true);
    expect(overlapsRegion(regions, 30, 40)).toBe(false);
    expect(overlapsRegion([], 0, 1)).toBe(false);
  });
});
