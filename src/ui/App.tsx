import { useEffect } from 'react';
import { startUp } from '../store/startUp';
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
import { GraphView } from './views/GraphView';
import { LibraryView } from './library/LibraryView';
import { ModelsView } from './views/ModelsView';
import { TrainView } from './views/TrainView';

const VIEW_COMPONENTS: Record<ViewId, () => React.JSX.Element> = {
  analyze: AnalyzeView,
  graph: GraphView,
  train: TrainView,
  models: ModelsView,
  library: LibraryView,
};

export function App() {
  const view = useHashView();
  useShareLinks();
  useEffect(() => {
    void startUp(window.location.search);
  }, []);

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
          <View />
        </ErrorBoundary>
      </main>
    </div>
  );
}
