import type { LabelCount } from '../../core/analysis';
import { labelColor, labelName } from '../labels';

interface Props {
  labels: readonly string[];
  labelCounts: readonly LabelCount[];
  hiddenLabels: ReadonlySet<string>;
  onToggle: (label: string) => void;
}

/** One checkbox per label with its colour and count; unchecking hides that label's highlights. */
export function Legend({ labels, labelCounts, hiddenLabels, onToggle }: Props) {
  const counts = new Map(labelCounts.map(({ label, mentions }) => [label, mentions]));
  return (
    <fieldset className="legend">
      <legend className="legend__title">Labels</legend>
      {labels.map((label) => (
        <label key={label} className="legend__item" title={labelName(label)}>
          <input type="checkbox" checked={!hiddenLabels.has(label)} onChange={() => onToggle(label)} data-testid={`legend-${label}`} />
          <span className="legend__swatch" style={{ background: labelColor(label) }} aria-hidden="true" />
          {labelName(label)} <span className="legend__count">{counts.get(label) ?? 0}</span>
        </label>
      ))}
    </fieldset>
  );
}
