import { describe, expect, it } from 'vitest';
import { graphOf, makeDocument } from '../../core/analysis/analyzedDocument.testing';
import { hubEntities, nodeLinks } from './nodeLinks';

const graph = graphOf(
  makeDocument([
    'Google/B-org/NNP acquired/O/VBD DeepMind/B-org/NNP in/O/IN London/B-geo/NNP ./O/.',
    'Google/B-org/NNP acquired/O/VBD DeepMind/B-org/NNP again/O/RB ./O/.',
    'Microsoft/B-org/NNP hired/O/VBD engineers/O/NNS ./O/.',
  ]),
);

describe('nodeLinks', () => {
  it('lists links heaviest first with their direction', () => {
    expect(nodeLinks(graph, 'entity:org deepmind').map((l) => [l.other.text, l.word, l.weight, l.outgoing])).toEqual([
      ['Google', 'acquired', 2, false],
      ['London', null, 1, true],
    ]);
  });

  it('of an entity sharing no sentence is empty', () => {
    expect(nodeLinks(graph, 'entity:org microsoft')).toEqual([]);
  });
});

describe('hubEntities', () => {
  it('lists the entities of a hub, most frequent first', () => {
    expect(hubEntities(graph, 'org').map((n) => n.text)).toEqual(['Google', 'DeepMind', 'Microsoft']);
  });
});
