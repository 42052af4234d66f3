import { backendFromUrl, useEngineStore } from './engineStore';
import { useModelsStore } from './modelsStore';
import { openStartupShareLink } from './shareLink';

/**
 * Opening the page: a share link in the URL brings its text and chooses its own model (see
 * openShareLink); otherwise the model chosen on the last visit (store/sessionMemory), or the
 * default one, is loaded. The model is asked for while the backend starts (the engine fetches its
 * files meanwhile and builds it once the backend is ready). The backend can be chosen with
 * `?backend=` in `search`.
 */
export async function startUp(search: string): Promise<void> {
  const linkChoosesModel = openStartupShareLink();
  const engineStarted = useEngineStore.getState().start(backendFromUrl(search));
  const modelLoaded = linkChoosesModel ? Promise.resolve() : useModelsStore.getState().activateStartupModel();
  await Promise.all([engineStarted, modelLoaded]);
}
