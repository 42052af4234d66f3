/**
 * Turns the bytes of a file, chunk by chunk, into text, detecting the encoding as it goes:
 * a BOM decides (UTF-8, UTF-16); otherwise UTF-8 while the bytes are valid UTF-8, else
 * Windows-1252 — the GMB CSV is Windows-1252, where 0x85 and 0x91–0x97 are `…‘’“”•–—`
 * (latin-1 would turn them into C1 control characters).
 */
import type { TextEncoding } from './types';
import { decodeWindows1252 } from './windows1252';

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/** How many bytes at the end of `bytes` begin a UTF-8 sequence that the chunk does not finish. */
function incompleteUtf8Tail(bytes: Uint8Array): number {
  const n = bytes.length;
  // A sequence is at most 4 bytes, so its lead byte is among the last 3.
  for (let back = 1; back <= 3 && back <= n; back++) {
    const b = bytes[n - back];
    if ((b & 0xc0) === 0x80) continue; // continuation byte: keep looking for the lead
    if (b < 0x80) return 0;
    const length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return length > back ? back : 0;
  }
  return 0;
}

function concatBytes(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

export class ChunkTextDecoder {
  encoding: TextEncoding = 'utf-8';
  readonly warnings: string[] = [];
  private started = false;
  private pending: Uint8Array = new Uint8Array(0);
  private sawNonAsciiUtf8 = false;
  private readonly strictUtf8 = new TextDecoder('utf-8', { fatal: true });
  private utf16: TextDecoder | null = null;

  /**
   * With the whole input at hand, decide the encoding exactly (valid UTF-8 or not) instead of
   * chunk by chunk, where a Windows-1252 file could pass as UTF-8 until its first invalid byte.
   */
  decideFrom(whole: Uint8Array): void {
    let body = whole;
    if (body.length >= 2 && (body[0] === 0xff || body[0] === 0xfe)) return; // BOM: decided later
    if (body.length >= 3 && UTF8_BOM.every((b, i) => body[i] === b)) body = body.subarray(3);
    try {
      this.strictUtf8.decode(body);
    } catch {
      this.encoding = 'windows-1252';
    }
  }

  /** Decodes one chunk; bytes that end mid-character are kept for the next chunk. */
  push(chunk: Uint8Array): string {
    let bytes = concatBytes(this.pending, chunk);
    this.pending = new Uint8Array(0);
    if (!this.started) {
      if (bytes.length < 3 && !this.isDecided(bytes)) {
        this.pending = bytes; // too short to look for a BOM yet
        return '';
      }
      this.started = true;
      bytes = this.detectBom(bytes);
    }
    return this.decode(bytes, false);
  }

  /** Decodes what is left at the end of the input. */
  end(): string {
    let bytes = this.pending;
    this.pending = new Uint8Array(0);
    if (!this.started) {
      this.started = true;
      bytes = this.detectBom(bytes);
    }
    return this.decode(bytes, true);
  }

  /** A BOM can be ruled out before 3 bytes arrive when the first byte cannot start one. */
  private isDecided(bytes: Uint8Array): boolean {
    if (bytes.length === 0) return false;
    const b = bytes[0];
    if (b === 0xef) return bytes.length >= 2 && bytes[1] !== 0xbb;
    if (b === 0xff || b === 0xfe) return bytes.length >= 2;
    return true;
  }

  private detectBom(bytes: Uint8Array): Uint8Array {
    if (bytes.length >= 3 && UTF8_BOM.every((b, i) => bytes[i] === b)) return bytes.subarray(3);
    if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
      this.encoding = 'utf-16le';
      this.utf16 = new TextDecoder('utf-16le');
      return bytes.subarray(2);
    }
    if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
      this.encoding = 'utf-16be';
      this.utf16 = new TextDecoder('utf-16be');
      return bytes.subarray(2);
    }
    return bytes;
  }

  private decode(bytes: Uint8Array, last: boolean): string {
    if (this.utf16) return this.utf16.decode(bytes, { stream: !last });
    if (this.encoding === 'windows-1252') return decodeWindows1252(bytes);
    const tail = last ? 0 : incompleteUtf8Tail(bytes);
    const whole = tail > 0 ? bytes.subarray(0, bytes.length - tail) : bytes;
    try {
      const text = this.strictUtf8.decode(whole);
      if (tail > 0) this.pending = bytes.slice(bytes.length - tail);
      if (!this.sawNonAsciiUtf8 && text.length < whole.length) this.sawNonAsciiUtf8 = true;
      return text;
    } catch {
      // Not UTF-8: from here on the input is read as Windows-1252.
      this.encoding = 'windows-1252';
      if (this.sawNonAsciiUtf8) {
        this.warnings.push(
          'The file starts as UTF-8 but has bytes that are not UTF-8 further on; ' +
            'read from there as Windows-1252. Check accented characters.',
        );
      }
      return decodeWindows1252(bytes);
    }
  }
}
