/**
 * The shipped lexicon for the page and the worker, bundled by Vite as text. Node entry points
 * (src/cli, run with tsx) cannot resolve `?raw`: they read `lexicon.txt` with fs and call
 * `parseLexicon` themselves.
 */
import lexiconText from './lexicon.txt?raw';
import { parseLexicon, type ParsedLexicon } from './lexicon';

export { lexiconText };

let parsed: ParsedLexicon | undefined;

/** The parsed shipped lexicon (parsed once). */
export function shippedLexicon(): ParsedLexicon {
  parsed ??= parseLexicon(lexiconText);
  return parsed;
}
