import { ModelsPage } from '../models/ModelsPage';

export function ModelsView() {
  return <ModelsPage />;
}
