import { describe, expect, it } from 'vitest';
import { ArticleSearch } from './articleSearch';
import { article, entity } from './library.testing';

describe('ArticleSearch', () => {
  function search(): ArticleSearch {
    const index = new ArticleSearch();
    index.add(article(1, [entity('TOPIC', 'TensorFlow')], 'Deep learning at scale'), 'We trained the network with TensorFlow on many GPUs.');
    index.add(article(2, [entity('per', 'Grace Hopper')], 'Compilers'), 'Grace Hopper wrote the first compiler.');
    return index;
  }

  it('finds words of the text, prefixes and entity names', () => {
    expect(search().search('gpus').map((hit) => hit.id)).toEqual([article(1, []).id]);
    expect(search().search('compil').map((hit) => hit.id)).toEqual([article(2, []).id]);
    expect(search().search('hopper').map((hit) => hit.id)).toEqual([article(2, []).id]);
  });

  it('needs every word of the query', () => {
    expect(search().search('tensorflow hopper')).toEqual([]);
  });

  it('forgets removed articles, and finds nothing for an empty query', () => {
    const index = search();
    index.remove(article(1, []).id);
    expect(index.search('tensorflow')).toEqual([]);
    expect(index.search('  ')).toEqual([]);
    expect(index.size).toBe(1);
  });
});
