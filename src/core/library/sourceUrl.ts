/** The page an HTML document says it is: its canonical link, its `og:url`, or its `<base href>`. */
export function sourceUrlOf(document: Document): string | null {
  const candidates = [
    document.querySelector('link[rel~="canonical" i]')?.getAttribute('href'),
    document.querySelector('meta[property="og:url" i]')?.getAttribute('content'),
    document.querySelector('base[href]')?.getAttribute('href'),
  ];
  for (const candidate of candidates) {
    const url = webUrl(candidate);
    if (url) return url;
  }
  return null;
}

/** An absolute http(s) URL, or null: a `javascript:` or relative link is never kept. */
export function webUrl(candidate: string | null | undefined): string | null {
  if (!candidate) return null;
  try {
    const url = new URL(candidate.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
