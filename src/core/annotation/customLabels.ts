/** Labels a person adds from the picker: a name the model will learn, and the colour it is shown in. */
export interface CustomLabel {
  label: string;
  /** `#rrggbb`. */
  color: string;
}

const COLOR = /^#[0-9a-f]{6}$/i;
const NAME = /^[A-Za-z][A-Za-z0-9_-]{0,31}$/;

/** Why a new label cannot be added, or null when it can. `existing` holds every label already offered. */
export function newLabelProblem(label: CustomLabel, existing: readonly string[]): string | null {
  if (!NAME.test(label.label)) return 'A label name is one word of up to 32 letters, digits, - or _, starting with a letter.';
  if (existing.some((name) => name.toLowerCase() === label.label.toLowerCase())) return `There is already a label "${label.label}".`;
  if (!COLOR.test(label.color)) return 'A colour is written #rrggbb, e.g. #9cc9cc.';
  return null;
}

/** A stored custom label, untrusted: null when it is not one. */
export function restoreCustomLabel(value: unknown): CustomLabel | null {
  if (typeof value !== 'object' || value === null) return null;
  const { label, color } = value as Record<string, unknown>;
  if (typeof label !== 'string' || typeof color !== 'string' || !NAME.test(label) || !COLOR.test(color)) return null;
  return { label, color };
}

/** The picker's labels, in hot-key order: the model's, then the person's own, then any other a document holds. */
export function offeredLabels(modelLabels: readonly string[], custom: readonly CustomLabel[], inDocument: readonly string[]): string[] {
  const offered: string[] = [];
  for (const label of [...modelLabels, ...custom.map((entry) => entry.label), ...inDocument]) if (!offered.includes(label)) offered.push(label);
  return offered;
}
