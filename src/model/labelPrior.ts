import * as tf from '@tensorflow/tfjs';
import { modelOf, taggerOf, type NerModel } from './model';
import { Tagger } from './tagger';

/**
 * A copy of `model` whose B- and I- scores for `label` are raised by `delta` (log-odds per token),
 * every other weight kept; `model` is left untouched. It shifts the label's prior, as a decision
 * threshold would: a model trained on labels that leave many true mentions unmarked (weak labels)
 * learns too low a prior, and `delta` — chosen on held-out data — puts it back.
 */
export function withLabelPrior(model: NerModel, label: string, delta: number): NerModel {
  const base = taggerOf(model);
  const indices = [`B-${label}`, `I-${label}`].map((tag) => base.meta.tags.indexOf(tag));
  if (indices.includes(-1)) throw new Error(`the model has no label "${label}" (labels: ${base.meta.labels.join(', ')})`);
  if (!Number.isFinite(delta)) throw new Error(`the prior shift for ${label} must be a finite number, not ${delta}`);
  const shift = new Float32Array(base.meta.tags.length);
  for (const i of indices) shift[i] = delta;
  const tensors: Record<string, tf.Tensor> = {};
  for (const [name, variable] of base.params) tensors[name] = name === 'tagger/b' ? tf.tidy(() => variable.add(tf.tensor1d(shift))) : variable.clone();
  try {
    // A Map: `priors["__proto__"] = …` would set the object's prototype instead of a key.
    const priors = new Map(Object.entries(base.meta.training?.labelPriors ?? {}));
    priors.set(label, (priors.get(label) ?? 0) + delta);
    const meta = base.meta.training ? { ...base.meta, training: { ...base.meta.training, labelPriors: Object.fromEntries(priors) } } : base.meta;
    return modelOf(Tagger.fromTensors(meta, tensors, base.clusters));
  } finally {
    Object.values(tensors).forEach((tensor) => tensor.dispose());
  }
}
