/**
 * Whole lines, numbered from 1, out of text chunks that may end mid-line.
 * Input must have `\n` newlines (see `textChunks.ts`).
 */
export class LineStream {
  private partial = '';
  private nextLine = 1;

  constructor(private readonly onLine: (text: string, line: number) => void) {}

  /** Lines read so far. */
  get lines(): number {
    return this.nextLine - 1;
  }

  push(text: string): void {
    let newline = text.indexOf('\n');
    if (newline === -1) {
      this.partial += text;
      return;
    }
    const onLine = this.onLine;
    onLine(this.partial + text.slice(0, newline), this.nextLine++);
    this.partial = '';
    let start = newline + 1;
    while ((newline = text.indexOf('\n', start)) !== -1) {
      onLine(text.slice(start, newline), this.nextLine++);
      start = newline + 1;
    }
    this.partial = text.slice(start);
  }

  end(): void {
    if (this.partial.length > 0) this.onLine(this.partial, this.nextLine++);
    this.partial = '';
  }
}
