/**
 * The graph benchmark's page: the app's real Graph view (same store, same memo, same Cytoscape
 * adapter and layout options), fed the large synthetic document instead of a model's analysis.
 * `?maxNodes=500` sets the view's entity cap (default: the app's default).
 */
import { createRoot } from 'react-dom/client';
import { documentEntities, documentMentions, suggestTags } from '../../src/core/analysis';
import { largeDocument } from '../../src/core/analysis/largeDocument.testing';
import { useAnalysisStore } from '../../src/store/analysisStore';
import { DEFAULT_MAX_NODES, useGraphViewStore } from '../../src/ui/graph/graphViewStore';
import { GraphView } from '../../src/ui/views/GraphView';
import '../../src/ui/styles.css';

const maxNodes = Number(new URLSearchParams(window.location.search).get('maxNodes') ?? DEFAULT_MAX_NODES);
const document = largeDocument();
const mentions = documentMentions(document);
const entities = documentEntities(mentions);
useAnalysisStore.setState({
  status: 'done',
  // The same fields analysisStore.analyze fills from the engine's answer.
  analysis: {
    document,
    mentions,
    entities,
    tags: suggestTags(entities),
    language: { english: true, reason: '' },
    summary: {
      paragraphs: 1,
      sentences: document.sentences.length,
      tokens: document.sentences.reduce((sum, sentence) => sum + sentence.tokens.length, 0),
    },
    ms: 0,
  },
});
useGraphViewStore.setState({ maxNodes });

performance.mark('graph-render-start');
createRoot(window.document.getElementById('root')!).render(
  <div className="app">
    <main className="main" data-view="graph">
      <GraphView />
    </main>
  </div>,
);
