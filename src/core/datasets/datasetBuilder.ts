/**
 * Accumulates sentences, their lines, validity and errors while a reader walks a file, then
 * converts the tags to IOB2 and assembles the `DatasetParseResult`.
 */
import { ErrorLog } from './errorLog';
import { labelsOf } from '../tags';
import { chooseSourceScheme, sentenceTagsToIob2 } from './schemeConversion';
import { StringInterner, TagInterner } from './tagShape';
import type { TextChunksSummary } from './textChunks';
import type { DatasetFormat, DatasetParseResult, DatasetSentence } from './types';

export class DatasetBuilder {
  readonly log: ErrorLog;
  readonly tags = new TagInterner();
  /** Shared strings for tags and POS tags. */
  readonly strings = new StringInterner();
  private readonly sentences: DatasetSentence[] = [];
  private readonly sentenceLines: number[] = [];
  private readonly sentenceValid: boolean[] = [];
  private readonly sentenceNumbers: number[] = [];
  private readonly warnings: string[] = [];
  private open: DatasetSentence | null = null;
  hasPos = false;
  lines = 0;

  constructor(
    private readonly format: DatasetFormat,
    maxErrors: number,
  ) {
    this.log = new ErrorLog(maxErrors);
  }

  get sentenceCount(): number {
    return this.sentences.length;
  }

  get hasOpenSentence(): boolean {
    return this.open !== null;
  }

  /** The sentence rows are being added to, if any. */
  get current(): DatasetSentence | null {
    return this.open;
  }

  /** Opens a new sentence starting at `line`; `number` is a GMB `Sentence: N` number. */
  startSentence(line: number, withTags: boolean, number = Number.NaN): DatasetSentence {
    const sentence: DatasetSentence = { tokens: [] };
    if (withTags) sentence.tags = [];
    if (this.hasPos) sentence.pos = [];
    this.sentences.push(sentence);
    this.sentenceLines.push(line);
    this.sentenceValid.push(true);
    this.sentenceNumbers.push(number);
    this.open = sentence;
    return sentence;
  }

  /** Adds a finished sentence in one go (JSONL). */
  addSentence(sentence: DatasetSentence, line: number): void {
    this.sentences.push(sentence);
    this.sentenceLines.push(line);
    this.sentenceValid.push(true);
    this.sentenceNumbers.push(Number.NaN);
    this.open = sentence;
  }

  /** Closes the open sentence (blank line in CoNLL); the next token needs `startSentence`. */
  closeSentence(): void {
    this.open = null;
  }

  /** Records an error that makes the open sentence (if any) unusable for training. */
  sentenceError(line: number, message: string, column?: number): void {
    this.log.add(line, message, column);
    if (this.open !== null) this.sentenceValid[this.sentenceValid.length - 1] = false;
  }

  /** Records an error that belongs to no sentence (a header, a skipped line). */
  fileError(line: number, message: string, column?: number): void {
    this.log.add(line, message, column);
  }

  warn(message: string): void {
    this.warnings.push(message);
  }

  finish(summary: TextChunksSummary, keepNumbers: boolean): DatasetParseResult {
    const { sentences, sentenceValid } = this;
    const { scheme, warning } = chooseSourceScheme(sentences, sentenceValid);
    if (warning !== undefined) this.warnings.push(warning);
    let repaired = 0;
    const distinctTags = new Set<string>();
    for (let i = 0; i < sentences.length; i++) {
      const tags = sentences[i].tags;
      if (!tags || !sentenceValid[i] || scheme === null) continue;
      const converted = sentenceTagsToIob2(tags, scheme, this.strings);
      if (converted.changed) repaired++;
      sentences[i].tags = converted.tags;
      for (const tag of converted.tags) distinctTags.add(tag);
    }
    if (repaired > 0 && warning === undefined) {
      this.warnings.push(
        `${repaired} sentence${repaired === 1 ? ' has' : 's have'} an entity starting with I- after O or another type; ` +
          'read as the start of a new entity (B-).',
      );
    }
    const result: DatasetParseResult = {
      format: this.format,
      encoding: summary.encoding,
      scheme,
      sentences,
      sentenceLines: this.sentenceLines,
      sentenceValid,
      errors: this.log.errors,
      errorCount: this.log.count,
      warnings: [...summary.warnings, ...this.warnings],
      labels: labelsOf(distinctTags),
      hasPos: this.hasPos,
      bytes: summary.bytes,
      lines: this.lines,
    };
    if (keepNumbers) result.sentenceNumbers = this.sentenceNumbers;
    return result;
  }
}
