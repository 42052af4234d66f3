import { describe, expect, it } from 'vitest';
import { graphOf, makeDocument } from '../../core/analysis/analyzedDocument.testing';
import { hubEntities, hubsByWeight, nodeLinks } from './nodeLinks';

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

describe('hubsByWeight', () => {
  it('test_hubsByWeight_puts_the_category_the_article_is_about_first', () => {
    // Label order puts geo, org, per first; the article is about PyTorch and TensorFlow.
    const technical = graphOf(
      makeDocument(
        [
          'PyTorch/B-TOPIC/NNP beat/O/VBD TensorFlow/B-TOPIC/NNP in/O/IN London/B-geo/NNP ./O/.',
          'PyTorch/B-TOPIC/NNP and/O/CC TensorFlow/B-TOPIC/NNP run/O/VBP on/O/IN Linux/B-TOPIC/NNP ./O/.',
          'Ada/B-per/NNP uses/O/VBZ PyTorch/B-TOPIC/NNP ./O/.',
        ],
        { labels: ['geo', 'org', 'per', 'TOPIC'] },
      ),
    );
    expect(technical.nodes.filter((n) => n.kind === 'hub').map((n) => n.label)).toEqual(['geo', 'per', 'TOPIC']);
    expect(hubsByWeight(technical).map((n) => n.label)).toEqual(['TOPIC', 'per', 'geo']);
  });
});
