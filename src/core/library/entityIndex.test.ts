import { describe, expect, it } from 'vitest';
import { EntityIndex } from './entityIndex';
import { article, entity } from './library.testing';

const ml = () => entity('TOPIC', 'machine learning', 3);

/** Five articles: all mention machine learning; 1 and 2 share the rare PyTorch and Yann LeCun. */
function library(): EntityIndex {
  return new EntityIndex([
    article(1, [ml(), entity('TOPIC', 'PyTorch', 2), entity('per', 'Yann LeCun')]),
    article(2, [ml(), entity('TOPIC', 'pytorch'), entity('per', 'Yann LeCun'), entity('tim', 'Monday')]),
    article(3, [ml(), entity('TOPIC', 'pandas'), entity('tim', 'Monday')]),
    article(4, [ml(), entity('TOPIC', 'pandas')]),
    article(5, [entity('TOPIC', 'Machine Learning', 15)]),
  ]);
}

const id = (n: number) => article(n, []).id;

describe('EntityIndex.related', () => {
  it('ranks the article sharing rare entities first, explained by them, rarest-weighted first', () => {
    const related = library().related(id(1));
    expect(related.map((r) => r.id)).toEqual([id(2), id(5), id(4), id(3)]);
    expect(related[0].shared.map((s) => s.term)).toEqual(['pytorch', 'yann lecun', 'machine learning']);
    expect(related[0].shared[0].text).toBe('PyTorch');
  });

  it('counts a shared date far less than a shared technology', () => {
    const related = library().related(id(3));
    expect(related[0].id).toBe(id(4));
    const monday = library().related(id(2)).find((r) => r.id === id(3))!.shared.find((s) => s.term === 'monday')!;
    const pytorch = library().related(id(2)).find((r) => r.id === id(1))!.shared.find((s) => s.term === 'pytorch')!;
    expect(monday.contribution).toBeLessThan(pytorch.contribution / 2);
  });

  it('never lists the article itself, and finds nothing for an unknown article', () => {
    expect(library().related(id(1)).some((r) => r.id === id(1))).toBe(false);
    expect(library().related('f'.repeat(64))).toEqual([]);
  });

  it('forgets a removed article and the terms only it had', () => {
    const index = library();
    index.remove(id(2));
    expect(index.related(id(1)).map((r) => r.id)).not.toContain(id(2));
    expect(index.articlesWith('yann lecun')).toEqual([id(1)]);
    index.remove(id(1));
    expect(index.info('yann lecun')).toBeNull();
    expect(index.size).toBe(3);
  });

  it('treats a re-added article as a replacement, not a second copy', () => {
    const index = library();
    index.add(article(1, [entity('TOPIC', 'pandas')]));
    expect(index.size).toBe(5);
    expect(index.articlesWith('pytorch')).toEqual([id(2)]);
  });
});

describe('EntityIndex.about and terms', () => {
  // Pandas and Monday tie in article 3 (one mention each, two articles each): ties list alphabetically.
  it('ranks articles by the chosen topics, those with more of them first', () => {
    const about = library().about(['pandas', 'monday']);
    expect(about.map((r) => r.id)).toEqual([id(3), id(4), id(2)]);
    expect(about[0].shared.map((s) => s.term)).toEqual(['monday', 'pandas']);
  });

  it('lists terms by the number of articles, with their most frequent display form', () => {
    const terms = library().terms(2);
    expect(terms.map((t) => [t.term, t.articles])).toEqual([['machine learning', 5], ['monday', 2], ['pandas', 2], ['pytorch', 2], ['yann lecun', 2]]);
    expect(terms[0].text).toBe('Machine Learning');
  });
});
