import { EXAMPLE_ARTICLE } from '../src/ui/analyze/exampleArticle';

const paragraphs = EXAMPLE_ARTICLE.split('\n\n');

/** About `words` words of article text, different for each `variant` so no result is reused. */
export function article(words: number, variant: number): string {
  const out: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const paragraph = `${paragraphs[1 + ((i + variant) % (paragraphs.length - 1))]} (${variant}.${i})`;
    out.push(paragraph);
    count += paragraph.split(/\s+/).length;
  }
  return out.join('\n\n');
}
