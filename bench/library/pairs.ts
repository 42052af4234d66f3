/**
 * Articles that belong together by construction, found from the Medium file names alone (never
 * from the rankings): two titles whose content words (lower-case, stop words out) overlap with a
 * Jaccard index ≥ 0.6 and share at least 3 words: near-duplicate titles and series ("Part I" /
 * "Part II", "… in Python" / "… in Python — Part 2").
 */
const STOP = new Set('a an the of to in on for and with how your you is are what why from using use by at into my i it its this that be can do'.split(' '));

export function titleOfFile(fileName: string): string {
  return fileName.replace(/\.txt$/, '').replace(/_+/g, ' ').trim();
}

function contentWords(title: string): Set<string> {
  return new Set(title.toLowerCase().replace(/[^a-z0-9]+/g, ' ').split(' ').filter((word) => word.length > 1 && !STOP.has(word)));
}

export interface TitlePair {
  a: string;
  b: string;
  jaccard: number;
}

export function pairsByTitle(fileNames: readonly string[]): TitlePair[] {
  const words = fileNames.map((name) => contentWords(titleOfFile(name)));
  const pairs: TitlePair[] = [];
  for (let i = 0; i < fileNames.length; i++) {
    for (let j = i + 1; j < fileNames.length; j++) {
      let shared = 0;
      for (const word of words[i]) if (words[j].has(word)) shared++;
      const jaccard = shared / (words[i].size + words[j].size - shared);
      if (shared >= 3 && jaccard >= 0.6) pairs.push({ a: fileNames[i], b: fileNames[j], jaccard: Math.round(jaccard * 100) / 100 });
    }
  }
  return pairs;
}
