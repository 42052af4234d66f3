/**
 * Detects the tag scheme of a file's sentences and converts their tags to IOB2, with
 * `core/tags` doing the reading (conlleval's rules); valid IOB2 input is kept as it is.
 */
import { convertTags, detectScheme, type TagScheme } from '../tags';
import type { StringInterner } from './tagShape';
import type { DatasetSentence } from './types';

export interface SchemeChoice {
  scheme: TagScheme | null;
  /** Set when the evidence was mixed and the tags were read as IOB2 anyway. */
  warning?: string;
}

function* tagSequences(sentences: DatasetSentence[], valid: boolean[]): Iterable<string[]> {
  for (let i = 0; i < sentences.length; i++) {
    const tags = sentences[i].tags;
    if (tags && valid[i]) yield tags;
  }
}

/** The scheme of the valid sentences' tags; null when there are no tags at all. */
export function chooseSourceScheme(sentences: DatasetSentence[], valid: boolean[]): SchemeChoice {
  let anyTags = false;
  let anyEntity = false;
  for (const tags of tagSequences(sentences, valid)) {
    anyTags = true;
    if (tags.some((tag) => tag !== 'O')) {
      anyEntity = true;
      break;
    }
  }
  if (!anyTags) return { scheme: null };
  if (!anyEntity) return { scheme: 'IOB2' }; // all O: every scheme writes it the same way
  const detected = detectScheme(tagSequences(sentences, valid));
  if (detected.scheme !== null) return { scheme: detected.scheme };
  return {
    scheme: 'IOB2',
    warning: `The tag scheme is unclear (${detected.reason}); read as IOB2, taking an I- after O as the start of an entity.`,
  };
}

/** Whether `tags` is already IOB2 with every I-X after B-X or I-X (the usual case: no work). */
function isCleanIob2(tags: string[]): boolean {
  let previous = 'O';
  for (const tag of tags) {
    const letter = tag.charCodeAt(0);
    if (letter === 73 /* I */) {
      if (previous === 'O' || previous.slice(2) !== tag.slice(2)) return false;
    } else if (tag !== 'O' && letter !== 66 /* B */) {
      return false;
    }
    previous = tag;
  }
  return true;
}

/** One sentence's tags in IOB2; `changed` is true when an IOB2 input needed repair. */
export function sentenceTagsToIob2(
  tags: string[],
  scheme: TagScheme,
  strings: StringInterner,
): { tags: string[]; changed: boolean } {
  if (isCleanIob2(tags)) return { tags, changed: false };
  const converted = convertTags(tags, 'IOB2').map((tag) => strings.intern(tag));
  return { tags: converted, changed: scheme === 'IOB2' };
}
