import { useState } from 'react';
import type { SuggestedTag } from '../../core/analysis';
import { labelColor, labelName } from '../labels';

/** The five entities that best characterise the text, as Medium-style tags, with a copy button. */
export function SuggestedTags({ tags }: { tags: readonly SuggestedTag[] }) {
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
  if (tags.length === 0) return null;

  async function copy() {
    try {
      await navigator.clipboard.writeText(tags.map((tag) => tag.text).join(', '));
      setCopied('copied');
    } catch {
      setCopied('failed');
    }
  }

  return (
    <section className="tags" aria-label="Suggested tags">
      <h3>Suggested tags</h3>
      <ul className="tags__list" data-testid="suggested-tags">
        {tags.map((tag) => (
          <li key={tag.key} className="tags__tag" style={{ borderColor: labelColor(tag.label) }} title={labelName(tag.label)}>
            {tag.text}
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => void copy()}>
        {copied === 'copied' ? 'Copied' : copied === 'failed' ? 'Copy failed: select and copy by hand' : 'Copy tags'}
      </button>
    </section>
  );
}
