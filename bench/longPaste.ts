import { EXAMPLE_ARTICLE } from '../src/ui/analyze/exampleArticle';

const paragraphs = EXAMPLE_ARTICLE.split('\n\n').slice(1);

/** A plain text of at least `count` words: the example article's paragraphs repeated, each numbered so none repeats exactly. */
export function longPaste(count: number): string {
  const out: string[] = [];
  let total = 0;
  for (let i = 0; total < count; i++) {
    const paragraph = `${paragraphs[i % paragraphs.length]} (${i})`;
    out.push(paragraph);
    total += paragraph.split(/\s+/).length;
  }
  return out.join('\n\n');
}
