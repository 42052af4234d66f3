import type { CustomLabel } from '../../core/annotation';
import { labelColor } from '../labels';

/** A label's colour: the person's choice for their own labels, else the app's (ui/labels). */
export function colorsWith(custom: readonly CustomLabel[]): (label: string) => string {
  const chosen = new Map(custom.map((entry) => [entry.label, entry.color]));
  return (label) => chosen.get(label) ?? labelColor(label);
}
