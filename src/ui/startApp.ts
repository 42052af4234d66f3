import { registerSW } from 'virtual:pwa-register';
import { startUp } from '../store/startUp';
import { useAnalysisStore } from '../store/analysisStore';

/** With nothing pasted by then, the service worker is registered this long after the start. */
const SERVICE_WORKER_DELAY_MS = 5000;

/**
 * Starts the engine worker, its backend and the model before React's first render. The service
 * worker (offline use, vite-plugin-pwa) is registered after the first analysis, or a few seconds
 * after the start when nothing is pasted: its precache downloads the app, the wasm binaries and the
 * model again, and on a first visit that competed with the page's start and first analysis for the
 * network and the CPU (bench:analyze:trace).
 */
export function startApp(search: string): void {
  void startUp(search).finally(() => {
    if (!('serviceWorker' in navigator)) return;
    let registered = false;
    const register = () => {
      if (registered) return;
      registered = true;
      unsubscribe();
      clearTimeout(timer);
      void registerSW({ immediate: true });
    };
    const unsubscribe = useAnalysisStore.subscribe((state) => {
      if (state.status === 'done' || state.status === 'failed') register();
    });
    const timer = setTimeout(register, SERVICE_WORKER_DELAY_MS);
    if (useAnalysisStore.getState().status === 'done') register();
  });
}
