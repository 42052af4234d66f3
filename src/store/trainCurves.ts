import type { TrainProgress } from '../model';

/** The live charts' data: loss at each reported step, dev scores once per epoch. */
export interface TrainCurves {
  /** Position of each loss point in epochs (1.5 = half-way through epoch 2). */
  lossAt: number[];
  /** Mean training loss per token over the epoch so far. */
  loss: number[];
  devEpochs: number[];
  precision: number[];
  recall: number[];
  f1: number[];
}

export const EMPTY_CURVES: TrainCurves = { lossAt: [], loss: [], devEpochs: [], precision: [], recall: [], f1: [] };

/** Where `progress` stands in epochs: steps are spread evenly over the planned epochs. */
export function epochPosition(progress: Pick<TrainProgress, 'epoch' | 'epochs' | 'step' | 'steps'>): number {
  const perEpoch = progress.steps / Math.max(1, progress.epochs);
  if (perEpoch <= 0) return progress.epoch;
  const intoEpoch = progress.step - perEpoch * (progress.epoch - 1);
  return progress.epoch - 1 + Math.min(1, Math.max(0, intoEpoch / perEpoch));
}

/**
 * The curves with one more progress event. A step event adds a loss point; the end-of-epoch
 * event (it carries dev scores and repeats the epoch's loss) adds a dev point instead.
 * New arrays each time: the store's subscribers compare by reference.
 */
export function addProgress(curves: TrainCurves, progress: TrainProgress): TrainCurves {
  if (progress.dev) {
    if (curves.devEpochs.includes(progress.epoch)) return curves;
    return {
      ...curves,
      devEpochs: [...curves.devEpochs, progress.epoch],
      precision: [...curves.precision, progress.dev.precision],
      recall: [...curves.recall, progress.dev.recall],
      f1: [...curves.f1, progress.dev.f1],
    };
  }
  return { ...curves, lossAt: [...curves.lossAt, epochPosition(progress)], loss: [...curves.loss, progress.loss] };
}
