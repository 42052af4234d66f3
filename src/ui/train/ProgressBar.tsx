interface Props {
  /** What the bar measures, read out by screen readers. */
  label: string;
  value: number;
  max: number;
  /** The figures beside the bar (e.g. "3.2 MB of 10 MB"). */
  text?: string;
}

export function ProgressBar({ label, value, max, text }: Props) {
  const fraction = max > 0 ? Math.min(1, Math.max(0, value / max)) : 0;
  return (
    <div className="train-progress">
      <div
        className="train-progress__track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(fraction * 100)}
      >
        <div className="train-progress__fill" style={{ width: `${fraction * 100}%` }} />
      </div>
      {text && <span className="train-progress__text">{text}</span>}
    </div>
  );
}
