import type { ErrorExample } from '../../engine/api';
import { TaggedSentence } from './TaggedSentence';

/** Test sentences the model got wrong: the gold annotation above what the model predicted. */
export function ErrorExamples({ examples }: { examples: ErrorExample[] }) {
  if (examples.length === 0) return <p className="muted">The model made no mistakes on the test sentences it was checked on.</p>;
  return (
    <ul className="error-examples" data-testid="error-examples">
      {examples.map((example, i) => (
        <li key={i} className="error-example">
          <div className="error-example__row">
            <span className="error-example__tag">gold</span>
            <TaggedSentence sentence={{ tokens: example.tokens, tags: example.gold }} />
          </div>
          <div className="error-example__row">
            <span className="error-example__tag">predicted</span>
            <TaggedSentence sentence={{ tokens: example.tokens, tags: example.predicted }} />
          </div>
        </li>
      ))}
    </ul>
  );
}
