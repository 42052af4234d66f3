export interface Bar {
  key: string;
  label: React.ReactNode;
  value: number;
  /** The figure printed beside the bar (defaults to the value). */
  text?: string;
  color?: string;
}

/** Horizontal bars scaled to the largest value; the figures are always printed, so nothing is conveyed by length alone. */
export function BarList({ bars, caption }: { bars: Bar[]; caption: string }) {
  const largest = Math.max(1, ...bars.map((bar) => bar.value));
  return (
    <figure className="bars">
      <figcaption className="bars__caption">{caption}</figcaption>
      <ul className="bars__list">
        {bars.map((bar) => (
          <li key={bar.key} className="bars__row" data-key={bar.key}>
            <span className="bars__label">{bar.label}</span>
            <span className="bars__track" aria-hidden="true">
              <span className="bars__fill" style={{ width: `${(bar.value / largest) * 100}%`, background: bar.color }} />
            </span>
            <span className="bars__value">{bar.text ?? bar.value}</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
