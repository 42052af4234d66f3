/**
 * Tag validation for readers, on top of `core/tags`'s `parseTag`: a corpus has a few distinct tags
 * and a million rows, so each distinct string is parsed once, and one shared string is kept per
 * distinct value (less memory than a million copies of `O`).
 */
import { parseTag, type ParsedTag } from '../tags';

export class TagInterner {
  private readonly known = new Map<string, ParsedTag | string>();

  /** The tag's parsed form, or a message saying what is wrong with it (`X-per`, `B-`). */
  check(tag: string): ParsedTag | string {
    let parsed = this.known.get(tag);
    if (parsed === undefined) {
      const result = parseTag(tag);
      parsed = result.ok ? { prefix: result.prefix, label: result.label } : result.error;
      this.known.set(tag, parsed);
    }
    return parsed;
  }
}

/** Shares one string per distinct value (tags, POS tags). */
export class StringInterner {
  private readonly strings = new Map<string, string>();

  intern(value: string): string {
    const known = this.strings.get(value);
    if (known !== undefined) return known;
    this.strings.set(value, value);
    return value;
  }
}
