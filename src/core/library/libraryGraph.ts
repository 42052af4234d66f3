import { labelWeight, type EntityGraph, type GraphEdge, type GraphNode } from '../analysis';
import { libraryTerm } from './libraryTerm';
import type { ArticleSummary } from './types';

export interface LibraryGraphOptions {
  /** The terms in most articles, at most this many; default 60. */
  maxNodes?: number;
  /** Terms in fewer articles are left out; default 2. */
  minArticles?: number;
  /** Pairs sharing fewer articles get no edge; default 2. */
  minShared?: number;
  /** Labels left out of the graph (their weight is 0 or they are dates); default `tim`. */
  excludeLabels?: readonly string[];
}

/**
 * The library as one graph: a node per term (`libraryTerm`), sized by the number of articles that
 * mention it; an edge between two terms weighted by the articles that mention both. Node ids are
 * `entity:<term>` and `key` is the term, so a click can list its articles. Dates are left out by
 * default: "2019" links everything to everything.
 */
export function libraryGraph(summaries: readonly Pick<ArticleSummary, 'entities'>[], options: LibraryGraphOptions = {}): EntityGraph {
  const { maxNodes = 60, minArticles = 2, minShared = 2, excludeLabels = ['tim'] } = options;
  const excluded = new Set(excludeLabels.map((label) => label.toLowerCase()));
  const articleTerms = summaries.map((summary) => {
    const terms = new Map<string, { text: string; label: string; count: number }>();
    for (const entity of summary.entities) {
      if (excluded.has(entity.label.toLowerCase()) || labelWeight(entity.label) <= 0) continue;
      const term = libraryTerm(entity.text);
      const known = terms.get(term);
      if (!known || entity.count > known.count) terms.set(term, { text: entity.text, label: entity.label, count: entity.count });
    }
    return terms;
  });
  const stats = new Map<string, { articles: number; forms: Map<string, { text: string; label: string; count: number }> }>();
  for (const terms of articleTerms) {
    for (const [term, form] of terms) {
      let entry = stats.get(term);
      if (!entry) stats.set(term, (entry = { articles: 0, forms: new Map() }));
      entry.articles += 1;
      const formKey = `${form.label}\u0000${form.text}`;
      const known = entry.forms.get(formKey);
      if (known) known.count += form.count;
      else entry.forms.set(formKey, { ...form });
    }
  }
  const kept = [...stats].filter(([, entry]) => entry.articles >= minArticles).sort((a, b) => b[1].articles - a[1].articles || a[0].localeCompare(b[0]));
  const shown = kept.slice(0, maxNodes);
  const nodes: GraphNode[] = shown.map(([term, entry]) => {
    const form = [...entry.forms.values()].reduce((best, next) => (next.count > best.count ? next : best));
    return { id: `entity:${term}`, kind: 'entity', label: form.label, text: form.text, count: entry.articles, sentences: [], key: term };
  });
  const inGraph = new Set(shown.map(([term]) => term));
  const shared = new Map<string, number>();
  for (const terms of articleTerms) {
    const present = [...terms.keys()].filter((term) => inGraph.has(term)).sort();
    for (let i = 0; i < present.length; i++) {
      for (let j = i + 1; j < present.length; j++) {
        const pair = `${present[i]}\u0000${present[j]}`;
        shared.set(pair, (shared.get(pair) ?? 0) + 1);
      }
    }
  }
  const edges: GraphEdge[] = [...shared]
    .filter(([, weight]) => weight >= minShared)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([pair, weight]) => {
      const [a, b] = pair.split('\u0000');
      return { id: `cooccurrence:entity:${a}->entity:${b}`, kind: 'cooccurrence', source: `entity:${a}`, target: `entity:${b}`, weight, label: null };
    });
  const hidden = kept.length - shown.length;
  return { nodes, edges, hidden: { nodes: hidden, reason: hidden > 0 ? `only the ${maxNodes} terms in most articles are shown` : '' } };
}
