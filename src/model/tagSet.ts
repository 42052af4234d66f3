/**
 * The entity tag set of a model: `O` then `B-label`, `I-label` for each label, and which IOB2
 * transitions are allowed (I-x only after B-x or I-x; never first).
 */
export function tagsForLabels(labels: readonly string[]): string[] {
  return ['O', ...labels.flatMap((label) => [`B-${label}`, `I-${label}`])];
}

export interface TransitionMask {
  /** allowed[from * K + to] */
  allowed: boolean[];
  allowedStart: boolean[];
}

export function iob2Transitions(tags: readonly string[]): TransitionMask {
  const k = tags.length;
  const allowed: boolean[] = new Array(k * k).fill(true);
  const allowedStart = tags.map((tag) => !tag.startsWith('I-'));
  tags.forEach((to, j) => {
    if (!to.startsWith('I-')) return;
    const label = to.slice(2);
    tags.forEach((from, i) => {
      allowed[i * k + j] = from === `B-${label}` || from === `I-${label}`;
    });
  });
  return { allowed, allowedStart };
}

/** A score that rules a transition out without producing NaN in log-space sums. */
export const FORBIDDEN = -1e4;

/** Additive transition penalties: 0 where allowed, FORBIDDEN elsewhere. */
export function transitionPenalties(tags: readonly string[]): { transitions: Float32Array; start: Float32Array } {
  const { allowed, allowedStart } = iob2Transitions(tags);
  return {
    transitions: Float32Array.from(allowed, (ok) => (ok ? 0 : FORBIDDEN)),
    start: Float32Array.from(allowedStart, (ok) => (ok ? 0 : FORBIDDEN)),
  };
}
