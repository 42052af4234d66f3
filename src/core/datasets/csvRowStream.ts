/**
 * CSV rows from text chunks, each with the 1-based line it starts on. papaparse's low-level
 * `Parser` does the tokenizing; this keeps the unfinished last row between chunks (as papaparse's
 * own streamers do) and counts lines, which papaparse does not report.
 * Input must have `\n` newlines (see `textChunks.ts`).
 */
import Papa, { type ParseResult } from 'papaparse';

/** An unclosed quote makes everything after it one field; give up on it past this many characters. */
const MAX_UNFINISHED_ROW = 1 << 20;

export interface CsvRowSink {
  /** A row; `problem` describes malformed quoting in it, if any. */
  row(fields: string[], line: number, problem: string | null): void;
  /** A line that could not be read as a row at all. */
  brokenLine(line: number, message: string): void;
}

function countNewlines(text: string, end: number): number {
  let count = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) count++;
  return count;
}

function newlinesInFields(fields: string[]): number {
  let count = 0;
  for (const field of fields) if (field.indexOf('\n') !== -1) count += countNewlines(field, field.length);
  return count;
}

const QUOTE_PROBLEMS: Record<string, string> = {
  MissingQuotes: 'a quoted field is never closed (missing closing ")',
  InvalidQuotes: 'malformed quotes: a quoted field must end with " followed by a comma or the end of the line',
};

export class CsvRowStream {
  private readonly parser = new Papa.Parser({ delimiter: ',', newline: '\n', quoteChar: '"' });
  private pending = '';
  private nextLine = 1;

  constructor(private readonly sink: CsvRowSink) {}

  /** Lines read so far. */
  get lines(): number {
    return this.nextLine - 1;
  }

  push(text: string): void {
    this.pending = this.pending.length === 0 ? text : this.pending + text;
    this.parse(false);
  }

  end(): void {
    this.parse(true);
    this.pending = '';
  }

  private parse(final: boolean): void {
    for (;;) {
      const input = this.pending;
      if (input.length === 0) return;
      const result = this.parser.parse(input, 0, !final) as ParseResult<string[]>;
      const rows = result.data;
      const consumed = final ? input.length : result.meta.cursor;
      this.emit(rows, result, input, consumed, final);
      this.pending = consumed >= input.length ? '' : input.slice(consumed);
      if (final || rows.length > 0 || this.pending.length <= MAX_UNFINISHED_ROW) return;
      this.dropRunawayLine();
    }
  }

  private emit(rows: string[][], result: ParseResult<string[]>, input: string, consumed: number, final: boolean): void {
    let problems: Map<number, string> | null = null;
    for (const error of result.errors) {
      if (error.row === undefined || error.row >= rows.length) continue; // the unfinished row: seen again later
      problems ??= new Map();
      if (!problems.has(error.row)) problems.set(error.row, (Object.hasOwn(QUOTE_PROBLEMS, error.code) ? QUOTE_PROBLEMS[error.code] : error.message));
    }
    const newlines = countNewlines(input, consumed);
    const lastUnterminated = final && input.charCodeAt(input.length - 1) !== 10 ? 1 : 0;
    // Fast path: one line per row, the usual case; otherwise some quoted field holds newlines.
    const oneLinePerRow = newlines === rows.length - lastUnterminated;
    const sink = this.sink;
    let line = this.nextLine;
    for (let r = 0; r < rows.length; r++) {
      const fields = rows[r];
      const extraLines = oneLinePerRow ? 0 : newlinesInFields(fields);
      let problem = problems?.get(r) ?? null;
      if (extraLines > 0 && problem === null) {
        problem = `a quoted field runs from line ${line} to line ${line + extraLines} (a closing " is probably missing)`;
      } else if (extraLines > 0) {
        problem = `${problem}; it runs from line ${line} to line ${line + extraLines}, which are read as one row`;
      }
      sink.row(fields, line, problem);
      line += 1 + extraLines;
    }
    this.nextLine = line;
  }

  /** An unclosed quote has swallowed more than MAX_UNFINISHED_ROW characters: skip its line. */
  private dropRunawayLine(): void {
    this.sink.brokenLine(this.nextLine, 'a quoted field is not closed within 1 MB; this line was skipped');
    const newline = this.pending.indexOf('\n');
    this.pending = newline === -1 ? '' : this.pending.slice(newline + 1);
    this.nextLine++;
  }
}
