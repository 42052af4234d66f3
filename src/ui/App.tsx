import { lazy, Suspense } from 'react';
import type { ViewId } from '../store/views';
import { BackendBadge } from './components/BackendBadge';
import { ErrorBoundary } from './components/ErrorBoundary';
import { ViewFailure } from './components/ViewFailure';
import { Tabs } from './components/Tabs';
import { useHashView } from './routes';
import { ShareButton } from './share/ShareButton';
import { ShareNotice } from './share/ShareNotice';
import { useShareLinks } from './share/useShareLinks';
import { AnalyzeView } from './views/AnalyzeView';

// Analyze is the first screen; the other views (cytoscape, uPlot, the dataset parsers) load when opened.
const GraphView = lazy(() => import('./views/GraphView').then((m) => ({ default: m.GraphView })));
const TrainView = lazy(() => import('./views/TrainView').then((m) => ({ default: m.TrainView })));
const ModelsView = lazy(() => import('./views/ModelsView').then((m) => ({ default: m.ModelsView })));
const LibraryView = lazy(() => import('./library/LibraryView').then((m) => ({ default: m.LibraryView })));

const VIEW_COMPONENTS: Record<ViewId, React.ComponentType> = {
  analyze: AnalyzeView,
  graph: GraphView,
  train: TrainView,
  models: ModelsView,
  library: LibraryView,
};

export function App() {
  const view = useHashView();
  useShareLinks();

  const View = VIEW_COMPONENTS[view];
  return (
    <div className="app">
      <header className="header">
        <h1 className="header__title">NER Studio</h1>
        <Tabs current={view} />
        {/* The library is this browser's own: a share link carries one text, never the library. */}
        {view !== 'library' && <ShareButton view={view} />}
        <BackendBadge />
      </header>
      <ShareNotice />
      <main className="main" data-view={view}>
        <ErrorBoundary key={view} fallback={(error, retry) => <ViewFailure error={error} retry={retry} />}>
          <Suspense fallback={<p className="view-loading">Loading…</p>}>
            <View />
          </Suspense>
        </ErrorBoundary>
      </main>
    </div>
  );
}
