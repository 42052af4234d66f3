/**
 * The content words of an article's text, for the text half of related articles: lower-case
 * words of three letters or more, stop words out. Only the most mentioned ones are kept per
 * article (`CONTENT_WORDS_KEPT`), so the library's memory stays bounded however long its articles.
 */
const STOP = new Set(
  'the and for that this with are was were you your have has had not but can will from they their them there what which when where who how why all any each more most other some such than too very just also into over only own same then once here out about its our ours his her him she one two use used using get got like make made may might must shall should would could been being does did doing done these those while because until against between through during before after above below off under again further both few nor now per via yet it is be to of in on at by or an as if so no do we us my me i a'.split(
    ' ',
  ),
);

/** How many content words an article keeps: top 100 by mentions (chosen on the dev title pairs, bench/library/rankVariants.ts). */
export const CONTENT_WORDS_KEPT = 100;

/** The `limit` content words of `text` with the most mentions (ties alphabetical), with their mentions. */
export function contentWords(text: string, limit = CONTENT_WORDS_KEPT): [string, number][] {
  const counts = new Map<string, number>();
  for (const word of text.toLowerCase().match(/[a-z][a-z0-9+#-]*[a-z0-9+#]|[a-z]/g) ?? []) {
    if (word.length < 3 || STOP.has(word)) continue;
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  // A kept word is copied out of the text: a long slice of a string can hold the whole string alive.
  return [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, limit)
    .map(([word, mentions]) => [[...word].join(''), mentions]);
}
