import { backendFromUrl, useEngineStore } from './engineStore';
import { useModelsStore } from './modelsStore';
import { openStartupShareLink } from './shareLink';

/**
 * Opening the page: a share link in the URL brings its text and chooses its own model (see
 * openShareLink); otherwise the model chosen on the last visit (store/sessionMemory), or the
 * default one, is loaded once the engine is ready. The backend can
 * be chosen with `?backend=` in `search`.
 */
export async function startUp(search: string): Promise<void> {
  const linkChoosesModel = openStartupShareLink();
  await useEngineStore.getState().start(backendFromUrl(search));
  if (useEngineStore.getState().status === 'ready' && !linkChoosesModel) await useModelsStore.getState().activateStartupModel();
}
