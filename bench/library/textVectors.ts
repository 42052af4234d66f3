/**
 * Content-word TF-IDF over article text, for the judged pool only (bench/library/buildPool.ts):
 * an independent ranker that reads no entity, so the pool is not drawn from entity rankers alone.
 */
const STOP = new Set(
  'the and for that this with are was were you your have has had not but can will from they their them there what which when where who how why all any each more most other some such than too very just also into over only own same then once here out about its our ours his her him she one two use used using get got like make made may might must shall should would could been being does did doing done these those while because until against between through during before after above below off under again further both few nor now per via yet it is be to of in on at by or an as if so no do we us my me i a'.split(
    ' ',
  ),
);

export function contentWords(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of text.toLowerCase().match(/[a-z][a-z0-9+#-]*[a-z0-9+#]|[a-z]/g) ?? []) {
    if (word.length < 3 || STOP.has(word)) continue;
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return counts;
}

/** Cosine ranking of documents by sublinear-tf × idf over their content words. */
export function textRanker(texts: ReadonlyMap<string, string>): (id: string, limit: number) => string[] {
  const bags = new Map([...texts].map(([id, text]) => [id, contentWords(text)]));
  const df = new Map<string, number>();
  for (const bag of bags.values()) for (const word of bag.keys()) df.set(word, (df.get(word) ?? 0) + 1);
  const n = bags.size;
  const vectors = new Map<string, Map<string, number>>();
  for (const [id, bag] of bags) {
    const vector = new Map<string, number>();
    let norm = 0;
    for (const [word, count] of bag) {
      const d = df.get(word) ?? 1;
      if (d < 2) continue;
      const weight = (1 + Math.log(count)) * Math.log(n / d);
      vector.set(word, weight);
      norm += weight * weight;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [word, weight] of vector) vector.set(word, weight / norm);
    vectors.set(id, vector);
  }
  const postings = new Map<string, [string, number][]>();
  for (const [id, vector] of vectors) for (const [word, weight] of vector) (postings.get(word) ?? postings.set(word, []).get(word)!).push([id, weight]);
  return (id, limit) => {
    const scores = new Map<string, number>();
    for (const [word, weight] of vectors.get(id) ?? []) for (const [other, w] of postings.get(word) ?? []) if (other !== id) scores.set(other, (scores.get(other) ?? 0) + weight * w);
    return [...scores].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, limit).map(([other]) => other);
  };
}
