import { describe, expect, it } from 'vitest';
import { graphOf } from './analyzedDocument.testing';
import { EDGES, ENTITIES, largeDocument } from './largeDocument.testing';

// Its speed is measured by the graph benchmark, not here: tests check correctness only.
describe('entityGraph at scale', () => {
  it('keeps all 500 entities and 5000 edges', () => {
    const graph = graphOf(largeDocument());
    expect(graph.nodes.filter((n) => n.kind === 'entity')).toHaveLength(ENTITIES);
    expect(graph.edges.filter((e) => e.kind === 'cooccurrence').length).toBeGreaterThanOrEqual(EDGES);
    expect(graph.hidden).toEqual({ nodes: 0, reason: '' });
  });
});
