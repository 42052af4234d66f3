/**
 * Reads span JSONL: one document a line, `{"text", "spans": [{"start", "end", "label"}]}` or
 * spaCy-style `[text, {"entities": [[start, end, label]]}]`. The text is tokenized with
 * `core/text`'s `tokenize` (or by the line's own `"tokens"` offsets, as Prodigy writes them) and
 * spans are aligned to tokens. Each sentence keeps its `text` and token `offsets`.
 * Every non-blank line becomes one sentence, marked invalid when the line has an error.
 */
import { spansToTags } from '../tags';
import { tokenize } from '../text';
import { alignCharSpans } from './alignSpans';
import { DatasetBuilder } from './datasetBuilder';
import { LineStream } from './lineStream';
import { readSpanRecord, type Json } from './spanRecord';
import { forEachTextChunk } from './textChunks';
import {
  DEFAULT_MAX_ERRORS,
  type DatasetParseResult,
  type DatasetSentence,
  type DatasetSource,
  type ReadOptions,
} from './types';
import { errorMessage } from '../errors';

function parseJson(text: string): { value: Json } | { error: string } {
  try {
    return { value: JSON.parse(text) as Json };
  } catch (error) {
    return { error: errorMessage(error) };
  }
}

class SpanLineReader {
  unannotated = 0;

  constructor(private readonly builder: DatasetBuilder) {}

  line(raw: string, line: number): void {
    const builder = this.builder;
    if (raw.trim() === '') return;
    const parsed = parseJson(raw);
    if ('error' in parsed) {
      builder.addSentence({ tokens: [], tags: [], text: '', offsets: [] }, line);
      builder.sentenceError(line, `invalid JSON: ${parsed.error}`);
      return;
    }
    const record = readSpanRecord(parsed.value);
    if (typeof record === 'string') {
      builder.addSentence({ tokens: [], tags: [], text: '', offsets: [] }, line);
      builder.sentenceError(line, record);
      return;
    }
    if (record.unannotated) this.unannotated++;
    const { text } = record;
    const offsets = record.tokens ?? tokenize(text).map((token): [number, number] => [token.start, token.end]);
    const tokens = offsets.map(([start, end]) => text.slice(start, end));
    const aligned = alignCharSpans(text, offsets, record.spans);
    const sentence: DatasetSentence = {
      tokens,
      tags: aligned.errors.length === 0 ? spansToTags(aligned.spans, tokens.length) : tokens.map(() => 'O'),
      text,
      offsets,
    };
    builder.addSentence(sentence, line);
    for (const message of aligned.errors) builder.sentenceError(line, message);
  }
}

/** Reads span JSONL from bytes (UTF-8 or Windows-1252), text, or chunks of either. */
export async function readSpanJsonl(source: DatasetSource, options: ReadOptions = {}): Promise<DatasetParseResult> {
  const builder = new DatasetBuilder('span-jsonl', options.maxErrors ?? DEFAULT_MAX_ERRORS);
  const reader = new SpanLineReader(builder);
  const lines = new LineStream((text, line) => reader.line(text, line));
  const summary = await forEachTextChunk(source, options.onProgress, (text) => lines.push(text));
  lines.end();
  builder.lines = lines.lines;
  if (reader.unannotated > 0) {
    builder.warn(`${reader.unannotated} line${reader.unannotated === 1 ? ' has' : 's have'} no "spans": read as text without entities.`);
  }
  return builder.finish(summary, false);
}
