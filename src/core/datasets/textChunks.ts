/**
 * Feeds any `DatasetSource` to a reader as decoded text chunks, with newlines normalised to `\n`
 * (a CRLF pair split between two chunks included), and reports progress.
 */
import { ChunkTextDecoder } from './textDecoding';
import type { DatasetSource, TextEncoding } from './types';

/** Whole inputs are cut into pieces this size so progress is reported and buffers stay small. */
const PIECE = 1 << 20;

export interface TextChunksSummary {
  encoding: TextEncoding;
  warnings: string[];
  /** Bytes read (characters for string input). */
  bytes: number;
}

function isAsyncIterable(source: DatasetSource): source is AsyncIterable<Uint8Array | string> {
  return typeof (source as Partial<AsyncIterable<unknown>>)[Symbol.asyncIterator] === 'function';
}

function isReadableStream(source: DatasetSource): source is ReadableStream<Uint8Array | string> {
  return typeof (source as Partial<ReadableStream>).getReader === 'function';
}

/** Web streams are not async-iterable in every browser (Safari): read them by hand. */
async function* streamChunks(stream: ReadableStream<Uint8Array | string>): AsyncIterable<Uint8Array | string> {
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

function* pieces(whole: Uint8Array | string): Iterable<Uint8Array | string> {
  for (let i = 0; i < whole.length; i += PIECE) {
    yield typeof whole === 'string' ? whole.slice(i, i + PIECE) : whole.subarray(i, i + PIECE);
  }
}

/** Normalises CRLF and lone CR to LF across chunk boundaries. */
class NewlineNormaliser {
  private heldCr = false;

  push(text: string): string {
    if (this.heldCr) {
      text = '\r' + text;
      this.heldCr = false;
    }
    if (text.indexOf('\r') === -1) return text;
    if (text.charCodeAt(text.length - 1) === 13) {
      this.heldCr = true; // may be the first half of a CRLF
      text = text.slice(0, -1);
    }
    return text.replace(/\r\n?/g, '\n');
  }

  end(): string {
    const rest = this.heldCr ? '\n' : '';
    this.heldCr = false;
    return rest;
  }
}

/**
 * Calls `handle` with each text chunk (newlines normalised to `\n`) in order. Never throws for
 * bad bytes: undecodable input falls back to Windows-1252, which maps every byte.
 */
export async function forEachTextChunk(
  source: DatasetSource,
  onProgress: ((bytes: number) => void) | undefined,
  handle: (text: string) => void,
): Promise<TextChunksSummary> {
  const decoder = new ChunkTextDecoder();
  const newlines = new NewlineNormaliser();
  let bytes = 0;
  let firstText = true;

  const emit = (text: string): void => {
    if (firstText && text.length > 0) {
      firstText = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1); // a BOM inside already-decoded text
    }
    const normalised = newlines.push(text);
    if (normalised.length > 0) handle(normalised);
  };
  const consume = (chunk: Uint8Array | string): void => {
    bytes += chunk.length;
    if (typeof chunk === 'string') {
      emit(chunk);
    } else {
      emit(decoder.push(chunk));
    }
    onProgress?.(bytes);
  };

  if (typeof source === 'string' || source instanceof Uint8Array) {
    if (source instanceof Uint8Array) decoder.decideFrom(source);
    for (const piece of pieces(source)) consume(piece);
  } else if (isReadableStream(source)) {
    for await (const chunk of streamChunks(source)) consume(chunk);
  } else if (isAsyncIterable(source)) {
    for await (const chunk of source) consume(chunk);
  } else {
    for (const chunk of source) consume(chunk);
  }
  emit(decoder.end());
  const rest = newlines.end();
  if (rest.length > 0) handle(rest);
  return { encoding: decoder.encoding, warnings: decoder.warnings, bytes };
}
