import * as tf from '@tensorflow/tfjs';
import { Tagger } from './tagger';
import { tagsForLabels } from './tagSet';
import { MODEL_LIMITS, type ModelMeta } from './spec';

/**
 * Old tags keep their index; tags of new labels are appended. Returns the tag list and, for each
 * new index, the old index (or -1 for a new tag).
 */
export function grownTags(oldTags: readonly string[], newLabels: readonly string[]): { tags: string[]; source: number[] } {
  const tags = [...oldTags];
  for (const tag of tagsForLabels(newLabels).slice(1)) if (!tags.includes(tag)) tags.push(tag);
  return { tags, source: tags.map((tag) => oldTags.indexOf(tag)) };
}

/** Copies a weight along one axis through `source` (old index or -1); new slots come from `fresh`. */
function remap(old: tf.Tensor, fresh: tf.Tensor, axis: number, source: number[]): tf.Tensor {
  return tf.tidy(() => {
    const parts = source.map((from, i) => (from >= 0 ? tf.gather(old, [from], axis) : tf.gather(fresh, [i], axis)));
    return tf.concat(parts, axis);
  });
}

/**
 * A copy of `base` whose entity (and POS) outputs cover `labels` (and `posTags`): old rows copied,
 * new rows freshly initialised, every other weight kept. `base` is left untouched.
 */
export function growTagger(base: Tagger, labels: readonly string[], posTags: readonly string[] | undefined, seed: number): Tagger {
  const entity = grownTags(base.meta.tags, labels);
  const oldPos = base.meta.posTags ?? [];
  const pos = posTags ? [...oldPos, ...posTags.filter((tag) => !oldPos.includes(tag))] : base.meta.posTags;
  const posSource = (pos ?? []).map((tag) => oldPos.indexOf(tag));
  const grownLabels = [...base.meta.labels, ...labels.filter((label) => !base.meta.labels.includes(label))];
  if (grownLabels.length > MODEL_LIMITS.labels) {
    throw new Error(
      `fine-tuning "${base.meta.name}" on this data would give it ${grownLabels.length} entity labels (its ${base.meta.labels.length} and ` +
        `${grownLabels.length - base.meta.labels.length} new ones); a model holds at most ${MODEL_LIMITS.labels}. Train a new model instead, or merge labels in the data.`,
    );
  }
  const meta: ModelMeta = {
    ...base.meta,
    labels: grownLabels,
    tags: entity.tags,
    posTags: pos,
  };
  const fresh = Tagger.create(meta, seed, base.clusters);
  const tensors: Record<string, tf.Tensor> = {};
  for (const [name, variable] of fresh.params) {
    const old = base.params.get(name);
    if (!old) tensors[name] = variable.clone();
    else if (name === 'tagger/w') tensors[name] = remap(old, variable, 1, entity.source);
    else if (name === 'tagger/b' || name === 'crf/start' || name === 'crf/end') tensors[name] = remap(old, variable, 0, entity.source);
    else if (name === 'crf/transitions') tensors[name] = tf.tidy(() =>
        remap(remap(old, tf.zeros([old.shape[0], entity.tags.length]), 1, entity.source), variable, 0, entity.source),
      );
    else if (name === 'pos/w') tensors[name] = remap(old, variable, 1, posSource);
    else if (name === 'pos/b') tensors[name] = remap(old, variable, 0, posSource);
    else tensors[name] = old.clone();
  }
  fresh.dispose();
  try {
    return Tagger.fromTensors(meta, tensors, base.clusters);
  } finally {
    Object.values(tensors).forEach((tensor) => tensor.dispose());
  }
}
