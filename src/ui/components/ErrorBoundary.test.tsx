// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from './ErrorBoundary';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** What a card does with a stored meta whose `metrics` is `{}` (issue 26): reads a field of undefined. */
function CardOfBadRecord({ meta }: { meta: { metrics: { perType?: Record<string, unknown> } } }) {
  return <p>{Object.keys(meta.metrics.perType!).length} labels</p>;
}

describe('ErrorBoundary', () => {
  afterEach(() => vi.restoreAllMocks());

  it('error boundary keeps a failing card from unmounting its siblings', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const container = document.createElement('div');
    const root = createRoot(container);
    act(() =>
      root.render(
        <ul>
          <li>the shipped model</li>
          <ErrorBoundary fallback={(error) => <li role="alert">card failed: {error}</li>}>
            <CardOfBadRecord meta={{ metrics: {} }} />
          </ErrorBoundary>
        </ul>,
      ),
    );
    expect(container.textContent).toMatch(/^the shipped modelcard failed: NER Studio hit an internal error \(Cannot convert undefined or null to object\)\./);
    act(() => root.unmount());
  });
});
