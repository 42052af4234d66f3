/** Collects located errors: keeps the first `max`, counts them all. */
import type { DatasetError } from './types';

export class ErrorLog {
  readonly errors: DatasetError[] = [];
  count = 0;

  constructor(private readonly max: number) {}

  add(line: number, message: string, column?: number): void {
    this.count++;
    if (this.errors.length >= this.max) return;
    this.errors.push(
      column === undefined
        ? { line, message: `line ${line}: ${message}` }
        : { line, column, message: `line ${line}, column ${column}: ${message}` },
    );
  }
}
