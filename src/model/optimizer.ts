import * as tf from '@tensorflow/tfjs';
import type { Params } from './params';

export interface AdamConfig {
  beta1: number;
  beta2: number;
  epsilon: number;
}

/**
 * Adam over named parameters, with the learning rate given per step (for the warmup/decay
 * schedule) and state the owner frees with dispose().
 */
export class Adam {
  private readonly firstMoments = new Map<string, tf.Variable>();
  private readonly secondMoments = new Map<string, tf.Variable>();
  private step = 0;

  constructor(private readonly config: AdamConfig = { beta1: 0.9, beta2: 0.999, epsilon: 1e-8 }) {}

  /** Call inside tf.tidy: the gradients and intermediates are freed by it. */
  apply(params: Params, grads: Map<string, tf.Tensor>, learningRate: number): void {
    this.step += 1;
    const { beta1, beta2, epsilon } = this.config;
    const correction1 = 1 - beta1 ** this.step;
    const correction2 = 1 - beta2 ** this.step;
    const stepSize = (learningRate * Math.sqrt(correction2)) / correction1;
    for (const [name, grad] of grads) {
      const variable = params.get(name);
      if (!variable) continue;
      const m = this.moment(this.firstMoments, name, variable);
      const v = this.moment(this.secondMoments, name, variable);
      m.assign(tf.add(tf.mul(m, beta1), tf.mul(grad, 1 - beta1)));
      v.assign(tf.add(tf.mul(v, beta2), tf.mul(tf.square(grad), 1 - beta2)));
      variable.assign(tf.sub(variable, tf.mul(tf.div(m, tf.add(tf.sqrt(v), epsilon)), stepSize)));
    }
  }

  private moment(store: Map<string, tf.Variable>, name: string, like: tf.Variable): tf.Variable {
    let moment = store.get(name);
    if (!moment) {
      moment = tf.tidy(() => tf.variable(tf.zerosLike(like), false));
      store.set(name, moment);
    }
    return moment;
  }

  dispose(): void {
    for (const moment of [...this.firstMoments.values(), ...this.secondMoments.values()]) moment.dispose();
    this.firstMoments.clear();
    this.secondMoments.clear();
  }
}

/** Scales all gradients together so their global L2 norm is at most `maxNorm` (no read-back). */
export function clipByGlobalNorm(grads: Map<string, tf.Tensor>, maxNorm: number): Map<string, tf.Tensor> {
  const squares = [...grads.values()].map((g) => tf.sum(tf.square(g)));
  const norm = tf.sqrt(tf.addN(squares));
  const scale = tf.div(maxNorm, tf.maximum(norm, maxNorm));
  return new Map([...grads].map(([name, g]) => [name, tf.mul(g, scale)]));
}

/** Linear warmup to `peak`, then linear decay to 10 % of it at the last step. */
export function learningRateAt(step: number, totalSteps: number, peak: number, warmupSteps: number): number {
  if (step < warmupSteps) return (peak * (step + 1)) / warmupSteps;
  const progress = (step - warmupSteps) / Math.max(1, totalSteps - warmupSteps);
  return peak * (1 - 0.9 * Math.min(1, progress));
}
