import { describe, expect, it } from 'vitest';
import { graphOf, makeDocument } from '../../core/analysis/analyzedDocument.testing';
import { labelColor, labelName } from '../labels';
import { CROWDED_ENTITIES, edgeCaption, toCytoscapeElements } from './graphElements';
import { EDGE_WIDTH, ENTITY_DIAMETER, HUB_DIAMETER, sqrtScale } from './graphScales';
import { graphStylesheet } from './graphStyle';

const acquisition = makeDocument([
  'Google/B-org/NNP acquired/O/VBD DeepMind/B-org/NNP in/O/IN London/B-geo/NNP ./O/.',
  'DeepMind/B-org/NNP was/O/VBD bought/O/VBN by/O/IN Google/B-org/NNP ./O/.',
  'Google/B-org/NNP acquired/O/VBD DeepMind/B-org/NNP again/O/RB ./O/.',
]);
const LOOK = { labelName, labelColor };

describe('toCytoscapeElements', () => {
  it('maps nodes with readable hub names label colours and sizes', () => {
    const elements = toCytoscapeElements(graphOf(acquisition), LOOK);
    const nodes = elements.filter((e) => e.group === 'nodes');
    expect(nodes.map((e) => [e.data.id, e.classes, e.data.name, e.data.color, e.data.size, e.data.sentenceCount])).toEqual([
      ['hub:org', 'hub', 'Organization', '#7aecec', HUB_DIAMETER.max, 0],
      ['hub:geo', 'hub', 'Location', '#ff9561', HUB_DIAMETER.min, 0],
      ['entity:org google', 'entity', 'Google', '#7aecec', ENTITY_DIAMETER.max, 3],
      ['entity:org deepmind', 'entity', 'DeepMind', '#7aecec', ENTITY_DIAMETER.max, 3],
      ['entity:geo london', 'entity', 'London', '#ff9561', ENTITY_DIAMETER.min, 1],
    ]);
    // Sentence indices stay out of the canvas (and the JSON export): they can be thousands long.
    expect(nodes.every((e) => !('sentences' in e.data))).toBe(true);
  });

  it('puts nodes before edges and scales edge width by weight', () => {
    const elements = toCytoscapeElements(graphOf(acquisition), LOOK);
    expect(elements.map((e) => e.group)).toEqual(['nodes', 'nodes', 'nodes', 'nodes', 'nodes', 'edges', 'edges', 'edges', 'edges', 'edges', 'edges']);
    const edges = elements.filter((e) => e.group === 'edges');
    expect(edges.map((e) => [e.classes, e.data.source, e.data.target, e.data.width, e.data.caption])).toEqual([
      ['category', 'entity:org google', 'hub:org', EDGE_WIDTH.min, ''],
      ['category', 'entity:org deepmind', 'hub:org', EDGE_WIDTH.min, ''],
      ['category', 'entity:geo london', 'hub:geo', EDGE_WIDTH.min, ''],
      ['cooccurrence', 'entity:org google', 'entity:org deepmind', EDGE_WIDTH.max, 'acquired ×3'],
      ['cooccurrence', 'entity:org google', 'entity:geo london', EDGE_WIDTH.min, 'acquired'],
      ['cooccurrence', 'entity:org deepmind', 'entity:geo london', EDGE_WIDTH.min, '1 sentence'],
    ]);
  });

  it('keeps hubs and entities when no entities share a sentence', () => {
    const apart = makeDocument(['Google/B-org/NNP grew/O/VBD ./O/.', 'London/B-geo/NNP rained/O/VBD ./O/.']);
    const elements = toCytoscapeElements(graphOf(apart), LOOK);
    expect(elements.map((e) => e.data.id)).toEqual([
      'hub:org',
      'hub:geo',
      'entity:org google',
      'entity:geo london',
      'category:entity:org google',
      'category:entity:geo london',
    ]);
  });

  it('of an empty graph is empty', () => {
    expect(toCytoscapeElements({ nodes: [], edges: [], hidden: { nodes: 0, reason: '' } }, LOOK)).toEqual([]);
  });

  it('graphStylesheet reads only data fields every element has', () => {
    const elements = toCytoscapeElements(graphOf(acquisition), LOOK);
    const fields = new Set(JSON.stringify(graphStylesheet).match(/data\((\w+)\)/g)?.map((m) => m.slice(5, -1)));
    expect([...fields].sort()).toEqual(['caption', 'color', 'name', 'size', 'width']);
    for (const field of ['color', 'name', 'size']) {
      expect(elements.filter((e) => e.group === 'nodes').every((e) => e.data[field] !== undefined)).toBe(true);
    }
    for (const field of ['caption', 'width']) {
      expect(elements.filter((e) => e.group === 'edges').every((e) => e.data[field] !== undefined)).toBe(true);
    }
  });
});

describe('edgeCaption', () => {
  it('names the linking word and repeated weights', () => {
    expect(edgeCaption({ kind: 'cooccurrence', weight: 1, label: 'hired' })).toBe('hired');
    expect(edgeCaption({ kind: 'cooccurrence', weight: 4, label: 'hired' })).toBe('hired ×4');
    expect(edgeCaption({ kind: 'cooccurrence', weight: 2, label: null })).toBe('2 sentences');
    expect(edgeCaption({ kind: 'category', weight: 1, label: null })).toBe('');
  });
});

describe('sqrtScale', () => {
  it('maps one to the minimum the maximum to the maximum and grows by area', () => {
    const range = { min: 10, max: 50 };
    expect(sqrtScale(1, 100, range)).toBe(10);
    expect(sqrtScale(100, 100, range)).toBe(50);
    expect(sqrtScale(200, 100, range)).toBe(50);
    expect(sqrtScale(25.75, 100, range)).toBeCloseTo(30);
    // Nothing to compare with: every node gets the minimum.
    expect(sqrtScale(1, 1, range)).toBe(10);
  });
});

describe('crowded graphs', () => {
  it('test_toCytoscapeElements_marks_once_mentioned_entities_of_a_crowded_graph_as_minor', () => {
    const names = Array.from({ length: CROWDED_ENTITIES + 1 }, (_, i) => `Firm${String.fromCharCode(65 + (i % 26))}${i}`);
    const crowded = graphOf(makeDocument([...names.map((name) => `${name}/B-org/NNP ./O/.`), 'Acme/B-org/NNP ./O/.', 'Acme/B-org/NNP ./O/.']));
    const byName = new Map(toCytoscapeElements(crowded, LOOK).filter((e) => e.group === 'nodes').map((e) => [e.data.name, e.classes]));
    expect(byName.get('Organization')).toBe('hub');
    expect(byName.get('Acme')).toBe('entity');
    expect(byName.get(names[0])).toBe('entity minor');
    expect(toCytoscapeElements(graphOf(acquisition), LOOK).some((e) => String(e.classes).includes('minor'))).toBe(false);
  });
});
