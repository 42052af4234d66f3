import * as Comlink from 'comlink';
import { initBackend } from './backends';
import type { BackendInfo, BackendName, EngineApi } from './api';

let active: Promise<BackendInfo> | null = null;

const engine: EngineApi = {
  init(preference?: BackendName) {
    active = initBackend(preference);
    return active;
  },
  backendInfo() {
    return active ?? engine.init();
  },
};

Comlink.expose(engine);
