/**
 * Reads a GMB-style CSV (`Sentence #,Word,POS,Tag`, one token a row, the sentence id on its first
 * row only — or on every row, as some copies write it). Streaming; errors are located, never thrown.
 */
import { CsvRowStream, type CsvRowSink } from './csvRowStream';
import { DatasetBuilder } from './datasetBuilder';
import { mapGmbHeader, type GmbColumns } from './gmbCsvHeader';
import { forEachTextChunk } from './textChunks';
import { DEFAULT_MAX_ERRORS, type DatasetParseResult, type DatasetSource, type ReadOptions } from './types';

const SENTENCE_NUMBER = /^Sentence:\s*(\d+)$/i;

class GmbRowSink implements CsvRowSink {
  private columns: GmbColumns | null = null;
  private headerFailed = false;
  private currentId: string | null = null;
  private tokens: string[] = [];
  private tags: string[] = [];
  private pos: string[] | null = null;

  constructor(private readonly builder: DatasetBuilder) {}

  get sawHeader(): boolean {
    return this.columns !== null || this.headerFailed;
  }

  row(fields: string[], line: number, problem: string | null): void {
    const columns = this.columns;
    if (columns === null) {
      if (!this.headerFailed) this.readHeader(fields, line, problem);
      return;
    }
    if (fields.length === 1 && fields[0] === '') return; // a blank line holds no row
    const builder = this.builder;
    if (fields.length !== columns.count) {
      const id = fields.length > columns.sentence ? fields[columns.sentence] : '';
      if (id !== '' && SENTENCE_NUMBER.test(id)) this.startSentence(id, line);
      else if (!builder.hasOpenSentence) this.startSentence('', line);
      // A quote problem explains the wrong column count (an unclosed quote swallows the commas after it): say that.
      builder.sentenceError(line, problem ?? `expected ${columns.count} columns (${columns.names.join(',')}), found ${fields.length}`);
      return;
    }
    const id = fields[columns.sentence];
    if (id !== '' ? id !== this.currentId : !builder.hasOpenSentence) {
      this.startSentence(id, line);
      if (id === '') {
        builder.sentenceError(
          line,
          `the first row has no sentence id (expected e.g. "Sentence: 1" in column ${columns.sentence + 1})`,
          columns.sentence + 1,
        );
      }
    }
    if (problem !== null) builder.sentenceError(line, problem);
    const word = fields[columns.word];
    if (word === '') builder.sentenceError(line, `empty ${columns.names[columns.word]}`, columns.word + 1);
    const rawTag = fields[columns.tag];
    const shape = builder.tags.check(rawTag);
    if (typeof shape === 'string') builder.sentenceError(line, shape, columns.tag + 1);
    this.tokens.push(word);
    this.tags.push(builder.strings.intern(rawTag));
    if (this.pos !== null && columns.pos !== null) this.pos.push(builder.strings.intern(fields[columns.pos]));
  }

  brokenLine(line: number, message: string): void {
    this.builder.sentenceError(line, message);
  }

  private readHeader(fields: string[], line: number, problem: string | null): void {
    const mapped = problem === null ? mapGmbHeader(fields) : [problem];
    if (Array.isArray(mapped)) {
      this.headerFailed = true;
      mapped.forEach((message, i) =>
        this.builder.fileError(line, i === mapped.length - 1 ? `${message} — no rows were read` : message),
      );
      return;
    }
    this.columns = mapped;
    this.builder.hasPos = mapped.pos !== null;
  }

  private startSentence(id: string, line: number): void {
    const match = SENTENCE_NUMBER.exec(id);
    const sentence = this.builder.startSentence(line, true, match ? Number(match[1]) : Number.NaN);
    this.currentId = id;
    this.tokens = sentence.tokens;
    this.tags = sentence.tags ?? [];
    this.pos = sentence.pos ?? null;
  }
}

/** Reads a GMB-style CSV from bytes (UTF-8 or Windows-1252), text, or chunks of either. */
export async function readGmbCsv(source: DatasetSource, options: ReadOptions = {}): Promise<DatasetParseResult> {
  const builder = new DatasetBuilder('gmb-csv', options.maxErrors ?? DEFAULT_MAX_ERRORS);
  const sink = new GmbRowSink(builder);
  const rows = new CsvRowStream(sink);
  const summary = await forEachTextChunk(source, options.onProgress, (text) => rows.push(text));
  rows.end();
  if (!sink.sawHeader) builder.fileError(1, 'the file is empty; expected the header Sentence #,Word,POS,Tag');
  builder.lines = rows.lines;
  return builder.finish(summary, true);
}
