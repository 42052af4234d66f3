import { describe, expect, it } from 'vitest';
import { libraryGraph } from './libraryGraph';
import { article, entity } from './library.testing';

const library = [
  article(1, [entity('TOPIC', 'Python', 3), entity('TOPIC', 'pandas'), entity('tim', '2019')]),
  article(2, [entity('TOPIC', 'python'), entity('TOPIC', 'Pandas'), entity('tim', '2019')]),
  article(3, [entity('TOPIC', 'Python'), entity('org', 'Google')]),
  article(4, [entity('org', 'Google')]),
];

describe('libraryGraph', () => {
  it('has a node per term in two articles or more, sized by articles, dates left out', () => {
    const graph = libraryGraph(library);
    expect(graph.nodes.map((node) => [node.id, node.text, node.count])).toEqual([
      ['entity:python', 'Python', 3],
      ['entity:google', 'Google', 2],
      ['entity:pandas', 'pandas', 2],
    ]);
    expect(graph.nodes[0].key).toBe('python');
  });

  it('links two terms by the articles that mention both', () => {
    expect(libraryGraph(library).edges).toEqual([
      { id: 'cooccurrence:entity:pandas->entity:python', kind: 'cooccurrence', source: 'entity:pandas', target: 'entity:python', weight: 2, label: null },
    ]);
    expect(libraryGraph(library, { minShared: 1 }).edges.map((edge) => [edge.source, edge.target, edge.weight])).toEqual([
      ['entity:pandas', 'entity:python', 2],
      ['entity:google', 'entity:python', 1],
    ]);
  });

  it('keeps the terms in most articles and says how many were left out', () => {
    const graph = libraryGraph(library, { maxNodes: 1 });
    expect(graph.nodes.map((node) => node.key)).toEqual(['python']);
    expect(graph.hidden).toEqual({ nodes: 2, reason: 'only the 1 terms in most articles are shown' });
  });
});
