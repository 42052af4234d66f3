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

/** Four articles on machine learning: 1 and 2 are one series in wording (glaciers, melting), 3 shares only the topic, 4 no entity at all. */
function libraryWithTexts(): { index: EntityIndex; texts: Map<string, string> } {
  const articles = [
    article(1, [ml()]),
    article(2, [ml()]),
    article(3, [ml(), entity('TOPIC', 'pandas')]),
    article(4, [entity('per', 'Ada Lovelace')]),
  ];
  const words = ['glaciers melting glaciers ice sheets', 'melting glaciers glaciers ice cores', 'pandas dataframes pandas columns', 'glaciers melting glaciers ice sheets'];
  const texts = new Map(articles.map((a, i) => [a.id, `${a.title}\n\nMachine learning and ${words[i]}.`]));
  const index = new EntityIndex();
  for (const a of articles) index.add(a, texts.get(a.id));
  return { index, texts };
}

describe('EntityIndex.related with content words', () => {
  it('lets the words in common reorder articles that share entities, and lists them', () => {
    const { index } = libraryWithTexts();
    const related = index.related(id(1));
    expect(related.map((r) => r.id)).toEqual([id(2), id(3)]);
    expect(related[0].score).toBeGreaterThan(related[1].score);
    expect(related[0].shared.map((s) => s.term)).toEqual(['machine learning']);
    expect(related[0].sharedWords.map((w) => w.word)).toEqual(['glaciers', 'ice', 'melting']);
    expect(related[1].sharedWords).toEqual([]);
  });

  it('never ranks an article that shares words but no entity, so every one is explained by entities', () => {
    const { index } = libraryWithTexts();
    expect(index.related(id(1)).map((r) => r.id)).not.toContain(id(4));
    expect(index.related(id(4))).toEqual([]);
  });

  it('ranks the same when the texts come after the summaries (as the library loads), and without texts by entities alone', () => {
    const { index, texts } = libraryWithTexts();
    const late = new EntityIndex([article(1, [ml()]), article(2, [ml()]), article(3, [ml(), entity('TOPIC', 'pandas')]), article(4, [entity('per', 'Ada Lovelace')])]);
    for (const [articleId, text] of texts) late.addText(articleId, text);
    late.addText('f'.repeat(64), 'glaciers melting'); // not in the library: ignored
    expect(late.related(id(1))).toEqual(index.related(id(1)));
    const entitiesOnly = new EntityIndex([article(1, [ml()]), article(2, [ml()]), article(3, [ml(), entity('TOPIC', 'pandas')])]);
    expect(entitiesOnly.related(id(1)).map((r) => [r.id, r.sharedWords.length])).toEqual([[id(2), 0], [id(3), 0]]);
  });

  it('forgets the words of a removed article', () => {
    const { index } = libraryWithTexts();
    index.remove(id(2));
    index.add(article(5, [ml()]), 'Article 5\n\nglaciers melting glaciers ice sheets');
    expect(index.related(id(1))[0]).toMatchObject({ id: id(5) });
    index.remove(id(5));
    expect(index.related(id(1)).map((r) => [r.id, r.sharedWords])).toEqual([[id(3), []]]);
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
