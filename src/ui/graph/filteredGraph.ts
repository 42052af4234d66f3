import { entityGraph, type DocumentAnalysis, type EntityGraph } from '../../core/analysis';

/** What the Graph view's controls choose; the report's PNG uses the same, so both draw one graph. */
export interface GraphFilters {
  hiddenLabels: ReadonlySet<string>;
  minWeight: number;
  maxNodes: number;
}

/** The entity graph of an analysis with these filters: the model never runs again. */
export function filteredGraph(analysis: Pick<DocumentAnalysis, 'document' | 'mentions' | 'entities' | 'labelCounts'>, filters: GraphFilters): EntityGraph {
  const labels = analysis.labelCounts.map(({ label }) => label).filter((label) => !filters.hiddenLabels.has(label));
  return entityGraph(analysis, { minWeight: filters.minWeight, maxNodes: filters.maxNodes, labels });
}
