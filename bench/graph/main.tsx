/**
 * The graph benchmark's page: the app's real Graph view (same store, same memo, same Cytoscape
 * adapter and layout options), fed the large synthetic document instead of a model's analysis.
 * `?maxNodes=500` sets the view's entity cap (default: the app's default).
 */
import { createRoot } from 'react-dom/client';
import { analyzeDocument } from '../../src/core/analysis';
import { largeDocument } from '../../src/core/analysis/largeDocument.testing';
import { useAnalysisStore } from '../../src/store/analysisStore';
import { DEFAULT_MAX_NODES, useGraphViewStore } from '../../src/store/graphViewStore';
import { GraphView } from '../../src/ui/views/GraphView';
import '../../src/ui/styles.css';

const maxNodes = Number(new URLSearchParams(window.location.search).get('maxNodes') ?? DEFAULT_MAX_NODES);
// The analysis analysisStore.analyze makes of the engine's answer, here of the synthetic document.
useAnalysisStore.setState({ status: 'done', analysis: { ...analyzeDocument(largeDocument()), ms: 0 } });
useGraphViewStore.setState({ maxNodes });

performance.mark('graph-render-start');
createRoot(window.document.getElementById('root')!).render(
  <div className="app">
    <main className="main" data-view="graph">
      <GraphView />
    </main>
  </div>,
);
