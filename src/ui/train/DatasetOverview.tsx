import type { DatasetSummary } from '../../engine/api';
import type { LengthBucket } from '../../core/datasets';
import { labelColor } from '../labels';
import { BarList } from './BarList';
import { count } from './format';
import { LabelChip } from './LabelChip';
import { TaggedSentence } from './TaggedSentence';

function bucketName(bucket: LengthBucket): string {
  if (bucket.max === null) return `${bucket.min}+`;
  return bucket.min === bucket.max ? String(bucket.min) : `${bucket.min}–${bucket.max}`;
}

/** The accepted dataset at a glance: how its entities and sentence lengths are distributed, and a few examples. */
export function DatasetOverview({ summary }: { summary: DatasetSummary }) {
  const { stats } = summary;
  const labelBars = Object.entries(stats.labels)
    .sort(([, a], [, b]) => b.entities - a.entities)
    .map(([label, { entities, tokens }]) => ({
      key: label,
      label: <LabelChip label={label} />,
      value: entities,
      text: `${count(entities)} (${count(tokens)} tokens)`,
      color: labelColor(label),
    }));
  // Empty buckets at the long end say nothing; those in between show the shape.
  const lastUsed = stats.lengthHistogram.findLastIndex((bucket) => bucket.sentences > 0);
  const lengthBars = stats.lengthHistogram.slice(1, lastUsed + 1).map((bucket) => ({
    key: bucketName(bucket),
    label: `${bucketName(bucket)} tokens`,
    value: bucket.sentences,
    text: count(bucket.sentences),
  }));

  return (
    <section className="train-step" aria-labelledby="dataset-heading" data-testid="dataset-overview">
      <h3 id="dataset-heading">3. Dataset</h3>
      <p className="muted">
        {count(stats.sentences)} sentences, {count(stats.tokens)} tokens, {count(stats.vocabulary)} distinct words,{' '}
        {count(stats.entities)} entities; sentences are {stats.meanLength.toFixed(1)} tokens long on average (longest {stats.maxLength}).
      </p>
      <div className="overview-charts">
        <div data-testid="label-distribution"><BarList caption="Entities per label" bars={labelBars} /></div>
        <div data-testid="length-histogram"><BarList caption="Sentences by length" bars={lengthBars} /></div>
      </div>
      {summary.examples.length > 0 && (
        <figure className="examples" data-testid="examples">
          <figcaption className="bars__caption">Example sentences with their annotations</figcaption>
          <ul>
            {summary.examples.map((sentence, i) => (
              <li key={i}><TaggedSentence sentence={sentence} /></li>
            ))}
          </ul>
        </figure>
      )}
    </section>
  );
}
