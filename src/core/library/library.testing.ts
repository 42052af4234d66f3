import type { ArticleEntity, LibraryArticle } from './types';

/** An entity as the analysis would give it: key `<label> <lower-case text>`. */
export function entity(label: string, text: string, count = 1): ArticleEntity {
  return { key: `${label} ${text.toLowerCase()}`, label, text, count };
}

/** A valid stored article with a made-up hash built from `n`. */
export function article(n: number, entities: ArticleEntity[], title = `Article ${n}`): LibraryArticle {
  const text = `${title}\n\n${entities.map((e) => e.text).join(' and ')} are discussed here.`;
  return {
    id: n.toString(16).padStart(64, '0'),
    title,
    sourceUrl: null,
    fileName: null,
    entities,
    tags: [],
    model: { name: 'test model', fingerprint: 'abc' },
    savedAt: new Date(Date.UTC(2026, 0, n)).toISOString(),
    words: text.split(/\s+/).length,
    text,
    mentions: [],
  };
}
