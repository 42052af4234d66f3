import { describe, expect, it } from 'vitest';
import { graphOf, makeDocument } from './analyzedDocument.testing';
import type { GraphEdge } from './types';

const acquisition = makeDocument([
  'Google/B-org/NNP acquired/O/VBD DeepMind/B-org/NNP in/O/IN London/B-geo/NNP ./O/.',
  'DeepMind/B-org/NNP was/O/VBD bought/O/VBN by/O/IN Google/B-org/NNP ./O/.',
  'Google/B-org/NNP acquired/O/VBD DeepMind/B-org/NNP again/O/RB ./O/.',
]);

function links(edges: readonly GraphEdge[]): [string, string, number, string | null][] {
  return edges.filter((e) => e.kind === 'cooccurrence').map((e) => [e.source, e.target, e.weight, e.label]);
}

describe('entityGraph', () => {
  it('builds hubs, entities, category and co-occurrence edges', () => {
    expect(graphOf(acquisition)).toEqual({
      nodes: [
        { id: 'hub:org', kind: 'hub', label: 'org', text: 'org', count: 2, sentences: [], key: null },
        { id: 'hub:geo', kind: 'hub', label: 'geo', text: 'geo', count: 1, sentences: [], key: null },
        { id: 'entity:org google', kind: 'entity', label: 'org', text: 'Google', count: 3, sentences: [0, 1, 2], key: 'org google' },
        { id: 'entity:org deepmind', kind: 'entity', label: 'org', text: 'DeepMind', count: 3, sentences: [0, 1, 2], key: 'org deepmind' },
        { id: 'entity:geo london', kind: 'entity', label: 'geo', text: 'London', count: 1, sentences: [0], key: 'geo london' },
      ],
      edges: [
        { id: 'category:entity:org google', kind: 'category', source: 'entity:org google', target: 'hub:org', weight: 1, label: null },
        { id: 'category:entity:org deepmind', kind: 'category', source: 'entity:org deepmind', target: 'hub:org', weight: 1, label: null },
        { id: 'category:entity:geo london', kind: 'category', source: 'entity:geo london', target: 'hub:geo', weight: 1, label: null },
        {
          id: 'cooccurrence:entity:org google->entity:org deepmind',
          kind: 'cooccurrence',
          source: 'entity:org google',
          target: 'entity:org deepmind',
          weight: 3,
          label: 'acquired',
        },
        {
          id: 'cooccurrence:entity:org google->entity:geo london',
          kind: 'cooccurrence',
          source: 'entity:org google',
          target: 'entity:geo london',
          weight: 1,
          label: 'acquired',
        },
        {
          id: 'cooccurrence:entity:org deepmind->entity:geo london',
          kind: 'cooccurrence',
          source: 'entity:org deepmind',
          target: 'entity:geo london',
          weight: 1,
          label: null,
        },
      ],
      hidden: { nodes: 0, reason: '' },
    });
  });

  it('weight counts sentences and reads the closest mentions', () => {
    const doc = makeDocument([
      'Apple/B-org/NNP sued/O/VBD Samsung/B-org/NNP ,/O/, then/O/RB Apple/B-org/NNP praised/O/VBD Samsung/B-org/NNP',
    ]);
    expect(links(graphOf(doc).edges)).toEqual([['entity:org apple', 'entity:org samsung', 1, 'sued']]);
  });

  it('labels with the most frequent word and points the way it reads', () => {
    const doc = makeDocument([
      'DeepMind/B-org/NNP joined/O/VBD Google/B-org/NNP',
      'Google/B-org/NNP bought/O/VBD DeepMind/B-org/NNP',
      'Google/B-org/NNP bought/O/VBD DeepMind/B-org/NNP',
    ]);
    expect(links(graphOf(doc).edges)).toEqual([['entity:org google', 'entity:org deepmind', 3, 'bought']]);
  });

  it('breaks word ties by first sentence', () => {
    const doc = makeDocument(['DeepMind/B-org/NNP joined/O/VBD Google/B-org/NNP', 'Google/B-org/NNP bought/O/VBD DeepMind/B-org/NNP']);
    expect(links(graphOf(doc).edges)).toEqual([['entity:org deepmind', 'entity:org google', 2, 'joined']]);
  });

  it('without POS has no edge labels and points as first met', () => {
    const doc = makeDocument(['Paris/B-geo is/O near/O Lyon/B-geo', 'Lyon/B-geo and/O Paris/B-geo']);
    expect(links(graphOf(doc).edges)).toEqual([['entity:geo paris', 'entity:geo lyon', 2, null]]);
  });

  it('never takes another entity as the linking noun', () => {
    const doc = makeDocument(['Google/B-org/NNP and/O/CC London/B-geo/NNP DeepMind/B-org/NNP']);
    expect(links(graphOf(doc, { labels: ['org'] }).edges)).toEqual([
      ['entity:org google', 'entity:org deepmind', 1, null],
    ]);
  });

  it('minWeight drops light co-occurrences only', () => {
    const graph = graphOf(acquisition, { minWeight: 2 });
    expect(links(graph.edges)).toEqual([['entity:org google', 'entity:org deepmind', 3, 'acquired']]);
    expect(graph.edges.filter((e) => e.kind === 'category')).toHaveLength(3);
  });

  it('maxNodes keeps the most frequent and reports the rest', () => {
    const graph = graphOf(acquisition, { maxNodes: 2 });
    expect(graph.nodes.map((n) => n.id)).toEqual(['hub:org', 'entity:org google', 'entity:org deepmind']);
    expect(graph.edges.map((e) => e.id)).toEqual([
      'category:entity:org google',
      'category:entity:org deepmind',
      'cooccurrence:entity:org google->entity:org deepmind',
    ]);
    expect(graph.hidden).toEqual({ nodes: 1, reason: 'showing the 2 most frequent of 3 entities (maxNodes)' });
  });

  it('labels option selects entity types', () => {
    const graph = graphOf(acquisition, { labels: ['geo'] });
    expect(graph.nodes.map((n) => n.id)).toEqual(['hub:geo', 'entity:geo london']);
    expect(links(graph.edges)).toEqual([]);
    expect(graph.hidden).toEqual({ nodes: 0, reason: '' });
  });

  it('orders hubs by document labels then first appearance', () => {
    const doc = makeDocument(['X/B-misc Paris/B-geo Y/B-other IBM/B-org'], { labels: ['org', 'geo'] });
    expect(graphOf(doc).nodes.filter((n) => n.kind === 'hub').map((n) => n.id)).toEqual([
      'hub:org',
      'hub:geo',
      'hub:misc',
      'hub:other',
    ]);
  });

  it('of a document without entities is empty', () => {
    expect(graphOf(makeDocument(['Nothing/O/NN here/O/RB']))).toEqual({
      nodes: [],
      edges: [],
      hidden: { nodes: 0, reason: '' },
    });
  });
});
