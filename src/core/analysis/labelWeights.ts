/**
 * How much one mention of a label says about what a document is about (keys lower-case).
 * A topic label is the tag itself; people, organisations, events, artifacts and natural
 * phenomena are specific to a story; places are shared by most stories of a region and dates by
 * almost every story, so they rank low unless they dominate. Labels not listed weigh 1.
 */
export const DEFAULT_LABEL_WEIGHTS: Readonly<Record<string, number>> = Object.freeze({
  topic: 1.5,
  per: 1.2,
  org: 1.2,
  eve: 1.2,
  art: 1.2,
  nat: 1.2,
  geo: 0.8,
  gpe: 0.8,
  loc: 0.8,
  tim: 0.3,
});

/** Weight of `label`: `overrides` first, then the defaults, then 1; compared case-insensitively. */
export function labelWeight(label: string, overrides?: Readonly<Record<string, number>>): number {
  const wanted = label.toLowerCase();
  if (overrides !== undefined) {
    for (const [name, weight] of Object.entries(overrides)) {
      if (name.toLowerCase() === wanted) return weight;
    }
  }
  // hasOwn: a label is user text, and DEFAULT_LABEL_WEIGHTS.constructor is a function.
  return Object.hasOwn(DEFAULT_LABEL_WEIGHTS, wanted) ? DEFAULT_LABEL_WEIGHTS[wanted] : 1;
}
