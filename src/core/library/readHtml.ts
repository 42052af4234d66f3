import { htmlToText } from '../text';
import { sourceUrlOf } from './sourceUrl';

function pageParse(html: string): Document {
  if (typeof DOMParser === 'undefined') throw new Error('reading HTML needs an HTML parser here: pass one as `parse`.');
  return new DOMParser().parseFromString(html, 'text/html');
}

/** Pasted or imported HTML, parsed once: its plain text and the source URL it carries, if any. */
export function readHtml(html: string, parse: (html: string) => Document = pageParse): { text: string; sourceUrl: string | null } {
  const document = parse(html);
  return { text: htmlToText(html, () => document), sourceUrl: sourceUrlOf(document) };
}
