// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { readHtml } from './readHtml';
import { webUrl } from './sourceUrl';

describe('readHtml', () => {
  it('finds the canonical link before og:url', () => {
    const html = '<head><meta property="og:url" content="https://example.org/og"><link rel="canonical" href="https://example.org/post"></head><body><h1>Title</h1><p>Body.</p></body>';
    expect(readHtml(html)).toEqual({ text: 'Title\n\nBody.', sourceUrl: 'https://example.org/post' });
  });

  it('uses og:url when there is no canonical link, and null when there is nothing', () => {
    expect(readHtml('<meta property="og:url" content="https://example.org/og"><p>x</p>').sourceUrl).toBe('https://example.org/og');
    expect(readHtml('<p>x</p>').sourceUrl).toBeNull();
  });

  it('never keeps a script URL or a relative one', () => {
    expect(readHtml('<link rel="canonical" href="javascript:alert(1)"><p>x</p>').sourceUrl).toBeNull();
    expect(webUrl('/relative/path')).toBeNull();
  });
});
