import { spansToTags, tagsToSpans } from '../tags';
import type { Token } from '../types';
import { overlapsRegion, type TextRange } from './codeRegions';
import type { AnalyzedDocument } from './types';

export interface CasingCueOptions {
  /** Labels the cue never drops: technologies are written in lower case too (`python`, `pandas`), so a lower-case use says nothing. */
  exempt?: readonly string[];
  /** Text the cue neither reads nor changes (code: `apple = 1` is no evidence about `Apple`). */
  skip?: readonly TextRange[];
}

const HAS_LETTER = /\p{L}/u;
const HAS_UPPER = /\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;

const isLowerCaseWord = (text: string) => HAS_LETTER.test(text) && !HAS_UPPER.test(text);
/** `Forest`, `McKinsey`: a capital and lower-case letters; acronyms (`US`, `IT`) are not, since `us` and `it` say nothing about them. */
const isCapitalisedWord = (text: string) => HAS_UPPER.test(text) && HAS_LOWER.test(text);

/**
 * How the same word is written elsewhere in the text (issue 19's casing cue): a mention whose every
 * capitalised word the document also writes in lower case — `Random Forest` where the text says
 * `a random forest` — is taken to be common words capitalised by a heading or Title Case, and is
 * dropped. A mention with no capitalised word, or with any capitalised word the text never writes
 * in lower case (`Gates`, `Pichai`), stays. Lower-case uses are read from the whole text, outside
 * `skip`. A new document is returned; the tagger's confidences are kept.
 */
export function applyCasingCue(document: AnalyzedDocument, options: CasingCueOptions = {}): { document: AnalyzedDocument; dropped: number } {
  const skip = options.skip ?? [];
  const exempt = new Set(options.exempt ?? []);
  const outside = (token: Token) => !overlapsRegion(skip, token.start, token.end);
  const lowerCase = new Set<string>();
  for (const sentence of document.sentences) {
    for (const token of sentence.tokens) if (isLowerCaseWord(token.text) && outside(token)) lowerCase.add(token.text);
  }
  let dropped = 0;
  const sentences = document.sentences.map((sentence) => {
    const spans = tagsToSpans(sentence.tags);
    const kept = spans.filter((span) => {
      if (exempt.has(span.label)) return true;
      const tokens = sentence.tokens.slice(span.start, span.end);
      if (!tokens.every(outside)) return true;
      const capitalised = tokens.filter((token) => isCapitalisedWord(token.text));
      return capitalised.length === 0 || !capitalised.every((token) => lowerCase.has(token.text.toLowerCase()));
    });
    if (kept.length === spans.length) return sentence;
    dropped += spans.length - kept.length;
    return { ...sentence, tags: spansToTags(kept, sentence.tokens.length) };
  });
  return { document: dropped === 0 ? document : { ...document, sentences }, dropped };
}
