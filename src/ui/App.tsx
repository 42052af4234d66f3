import { useEffect } from 'react';
import { backendFromUrl, useEngineStore } from '../store/engineStore';
import { useModelsStore } from '../store/modelsStore';
import { BackendBadge } from './components/BackendBadge';
import { Tabs } from './components/Tabs';
import { useHashView, type ViewId } from './routes';
import { openStartupShareLink } from './share/openShareLink';
import { ShareButton } from './share/ShareButton';
import { ShareNotice } from './share/ShareNotice';
import { useShareLinks } from './share/useShareLinks';
import { AnalyzeView } from './views/AnalyzeView';
import { GraphView } from './views/GraphView';
import { ModelsView } from './views/ModelsView';
import { TrainView } from './views/TrainView';

const VIEW_COMPONENTS: Record<ViewId, () => React.JSX.Element> = {
  analyze: AnalyzeView,
  graph: GraphView,
  train: TrainView,
  models: ModelsView,
};

export function App() {
  const view = useHashView();
  const startEngine = useEngineStore((state) => state.start);
  const activateModel = useModelsStore((state) => state.activate);
  useShareLinks();
  useEffect(() => {
    // A share link in the URL brings its text and chooses its own model (see openShareLink).
    const linkChoosesModel = openStartupShareLink();
    void startEngine(backendFromUrl(window.location.search)).then(() => {
      if (useEngineStore.getState().status === 'ready' && !linkChoosesModel) void activateModel({ kind: 'default' });
    });
  }, [startEngine, activateModel]);

  const View = VIEW_COMPONENTS[view];
  return (
    <div className="app">
      <header className="header">
        <h1 className="header__title">NER Studio</h1>
        <Tabs current={view} />
        <ShareButton view={view} />
        <BackendBadge />
      </header>
      <ShareNotice />
      <main className="main" data-view={view}>
        <View />
      </main>
    </div>
  );
}
