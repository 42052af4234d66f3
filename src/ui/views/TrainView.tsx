import { TrainPage } from '../train/TrainPage';

export function TrainView() {
  return <TrainPage />;
}
