/**
 * Gold tag paths of a padded batch as dense indicator arrays, built in JS so the loss needs no
 * gather (whose gradient, UnsortedSegmentSum, wasm lacks).
 */
export interface GoldPaths {
  batch: number;
  maxLength: number;
  tagCount: number;
  /** [B × T × K]: 1 at (b, t, gold tag) for real tokens, 0 elsewhere (padding included). */
  tagOneHot: Float32Array;
  /** [B × K·K]: how often each transition from → to occurs in sentence b. */
  pairCounts: Float32Array;
  /** [B × K]: the first and the last gold tag of sentence b. */
  firstOneHot: Float32Array;
  lastOneHot: Float32Array;
  /**
   * [B × T × K]: 1 for each tag a token may take — its gold tag, or each of its candidate tags
   * where it has a candidate set (and every tag on padding). Only when some token of the batch has
   * candidates; `tagOneHot` is then 0 there.
   */
  allowed?: Float32Array;
}

/**
 * Per sentence, per token: the tag ids the token may take, or undefined where its tag in `tagIds`
 * is known. An unlabelled token has every tag id as candidates.
 */
export type CandidateTags = readonly (readonly (readonly number[] | undefined)[] | undefined)[];

export function goldPaths(tagIds: readonly (readonly number[])[], maxLength: number, tagCount: number, candidates?: CandidateTags): GoldPaths {
  const batch = tagIds.length;
  const k = tagCount;
  const tagOneHot = new Float32Array(batch * maxLength * k);
  const pairCounts = new Float32Array(batch * k * k);
  const firstOneHot = new Float32Array(batch * k);
  const lastOneHot = new Float32Array(batch * k);
  tagIds.forEach((ids, b) => {
    ids.forEach((tag, t) => {
      tagOneHot[(b * maxLength + t) * k + tag] = 1;
      if (t > 0) pairCounts[b * k * k + ids[t - 1] * k + tag] += 1;
    });
    if (ids.length > 0) {
      firstOneHot[b * k + ids[0]] = 1;
      lastOneHot[b * k + ids[ids.length - 1]] = 1;
    }
  });
  const paths = { batch, maxLength, tagCount, tagOneHot, pairCounts, firstOneHot, lastOneHot };
  if (!candidates?.some((tokens) => tokens?.some((ids) => ids !== undefined))) return paths;
  const allowed = new Float32Array(batch * maxLength * k).fill(1);
  tagIds.forEach((ids, b) =>
    ids.forEach((_, t) => {
      const cell = (b * maxLength + t) * k;
      const options = candidates[b]?.[t];
      if (options === undefined) {
        allowed.set(tagOneHot.subarray(cell, cell + k), cell);
        return;
      }
      if (options.length === 0) throw new Error(`sentence ${b}, token ${t}: an empty set of candidate tags allows no path`);
      tagOneHot.fill(0, cell, cell + k);
      allowed.fill(0, cell, cell + k);
      for (const id of options) allowed[cell + id] = 1;
    }),
  );
  return { ...paths, allowed };
}
