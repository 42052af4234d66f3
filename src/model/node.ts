/** Node-only additions to src/model (file-system bundles), kept out of the browser entry. */
export { loadModelFromDirectory, saveModelToDirectory } from './bundle/directory';
export { modelStages, profileStages, type ModelStage } from './profileStages';
