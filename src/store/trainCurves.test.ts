import { describe, expect, it } from 'vitest';
import { addProgress, EMPTY_CURVES, epochPosition } from './trainCurves';

const step = (epoch: number, stepNo: number, loss: number) => ({ epoch, epochs: 2, step: stepNo, steps: 8, loss, tokensPerSecond: 100, etaSeconds: 1 });

describe('training curves', () => {
  it('places steps within their epoch', () => {
    expect(epochPosition(step(1, 2, 0))).toBe(0.5);
    expect(epochPosition(step(2, 8, 0))).toBe(2);
    // Early stopping or a cut batch never puts a point outside its epoch.
    expect(epochPosition(step(1, 6, 0))).toBe(1);
  });

  it('adds a loss point per step and a dev point per epoch, once', () => {
    let curves = addProgress(EMPTY_CURVES, step(1, 2, 3));
    curves = addProgress(curves, step(1, 4, 2));
    const dev = { ...step(1, 4, 2), dev: { precision: 0.5, recall: 0.25, f1: 1 / 3 } };
    curves = addProgress(curves, dev);
    expect(addProgress(curves, dev)).toBe(curves);
    expect(curves).toEqual({ lossAt: [0.5, 1], loss: [3, 2], devEpochs: [1], precision: [0.5], recall: [0.25], f1: [1 / 3] });
  });
});
