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
  it('test_nodeLinks_lists_links_heaviest_first_with_their_direction', () => {
    expect(nodeLinks(graph, 'entity:org deepmind').map((l) => [l.other.text, l.word, l.weight, l.outgoing])).toEqual([
      ['Google', 'acquired', 2, false],
      ['London', null, 1, true],
    ]);
  });

  it('test_nodeLinks_of_an_entity_sharing_no_sentence_is_empty', () => {
    expect(nodeLinks(graph, 'entity:org microsoft')).toEqual([]);
  });
});

describe('hubEntities', () => {
  it('test_hubEntities_lists_the_hubs_entities_most_frequent_first', () => {
    expect(hubEntities(graph, 'org').map((n) => n.text)).toEqual(['Google', 'DeepMind', 'Microsoft']);
  });
});
