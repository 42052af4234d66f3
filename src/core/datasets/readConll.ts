/**
 * Reads CoNLL column files: one token a line, columns separated by spaces or tabs, the token in
 * the first column and its tag in the last; a blank line ends a sentence; `-DOCSTART-` lines are
 * skipped. Tags may be IOB1 (CoNLL-2003 as published), IOB2, BIOES or BILOU: detected, converted.
 *
 * POS: when lines have 3 or more columns, column 2 is read as the POS tag, as in CoNLL-2003
 * (`word POS chunk tag`) and the common `word POS tag`; pass `posColumn: null` when column 2 is
 * something else (a lemma), or another 1-based column number.
 */
import { DatasetBuilder } from './datasetBuilder';
import { LineStream } from './lineStream';
import { forEachTextChunk } from './textChunks';
import { DEFAULT_MAX_ERRORS, type DatasetParseResult, type DatasetSource, type ReadOptions } from './types';

export interface ReadConllOptions extends ReadOptions {
  /** 1-based column holding POS tags (default 2 when there are ≥ 3 columns); null: no POS. */
  posColumn?: number | null;
}

const COLUMN_SEPARATOR = /[ \t]+/;
/** Spaces and tabs only: a no-break space can be (part of) a token. */
const EDGE_BLANKS = /^[ \t]+|[ \t]+$/g;

class ConllLineReader {
  private columns = 0;
  private columnsLine = 0;
  private posIndex: number | null = null;

  constructor(
    private readonly builder: DatasetBuilder,
    private readonly posColumn: number | null | undefined,
  ) {}

  line(text: string, line: number): void {
    const builder = this.builder;
    const trimmed = text.replace(EDGE_BLANKS, '');
    if (trimmed === '' || trimmed.startsWith('-DOCSTART-')) {
      builder.closeSentence();
      return;
    }
    const fields = trimmed.split(COLUMN_SEPARATOR);
    if (this.columns === 0 && fields.length >= 2) this.fixColumns(fields.length, line);
    if (!builder.hasOpenSentence) builder.startSentence(line, true);
    if (fields.length < 2) {
      builder.sentenceError(line, `expected a token and a tag separated by spaces or tabs, found "${trimmed}"`);
      return;
    }
    if (fields.length !== this.columns) {
      builder.sentenceError(
        line,
        `expected ${this.columns} columns like line ${this.columnsLine}, found ${fields.length}`,
      );
    }
    const tag = fields[fields.length - 1];
    const parsed = builder.tags.check(tag);
    if (typeof parsed === 'string') builder.sentenceError(line, parsed, fields.length);
    const sentence = builder.current;
    if (sentence === null) return;
    sentence.tokens.push(fields[0]);
    sentence.tags?.push(builder.strings.intern(tag));
    if (sentence.pos && this.posIndex !== null) {
      sentence.pos.push(builder.strings.intern(fields[this.posIndex] ?? ''));
    }
  }

  /** The first line with a tag fixes the column count and whether there is POS. */
  private fixColumns(count: number, line: number): void {
    this.columns = count;
    this.columnsLine = line;
    const column = this.posColumn === undefined ? (count >= 3 ? 2 : null) : this.posColumn;
    if (column !== null && column >= 2 && column < count) {
      this.posIndex = column - 1;
      this.builder.hasPos = true;
    } else if (column !== null && this.posColumn !== undefined) {
      this.builder.fileError(
        line,
        `posColumn ${column} is not a column between the token and the tag (this file has ${count} columns); POS not read`,
      );
    }
  }
}

/** Reads a CoNLL column file from bytes (UTF-8 or Windows-1252), text, or chunks of either. */
export async function readConll(source: DatasetSource, options: ReadConllOptions = {}): Promise<DatasetParseResult> {
  const builder = new DatasetBuilder('conll', options.maxErrors ?? DEFAULT_MAX_ERRORS);
  const reader = new ConllLineReader(builder, options.posColumn);
  const lines = new LineStream((text, line) => reader.line(text, line));
  const summary = await forEachTextChunk(source, options.onProgress, (text) => lines.push(text));
  lines.end();
  builder.lines = lines.lines;
  return builder.finish(summary, false);
}
