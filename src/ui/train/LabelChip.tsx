import { labelColor, labelName } from '../labels';

/** A label in its highlight colour, with its readable name where it has one. */
export function LabelChip({ label }: { label: string }) {
  const name = labelName(label);
  return (
    <span className="label-tag" data-label={label}>
      <span className="label-tag__swatch" style={{ background: labelColor(label) }} aria-hidden="true" />
      <code>{label}</code>
      {name !== label && <span className="label-tag__name">{name}</span>}
    </span>
  );
}
