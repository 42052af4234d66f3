import { readHtml } from '../../core/library';
import { scanHtml } from '../../core/text';
import { textTooLong } from './droppedText';

export type PastedText = { ok: true; text: string; origin: 'html-paste' | 'plain-paste'; sourceUrl: string | null; note: string | null } | { ok: false; message: string };

/**
 * What a paste inserts: its HTML converted to text when that HTML is safe to parse and holds text,
 * else its text/plain (HTML nested too deep or too long, or HTML of only an image, an SVG, a
 * formula); refused past the Analyze view's size limit.
 */
export function pastedText(html: string, plain: string, parse?: (html: string) => Document): PastedText {
  let text = plain;
  let origin: 'html-paste' | 'plain-paste' = 'plain-paste';
  let note: string | null = null;
  let sourceUrl: string | null = null;
  if (html) {
    const scan = scanHtml(html);
    const converted = scan.ok ? readHtml(html, parse) : { text: '', sourceUrl: null };
    if (converted.text.trim() !== '') {
      text = converted.text;
      sourceUrl = converted.sourceUrl;
      origin = 'html-paste';
    } else if (!scan.ok) {
      note = `The pasted rich text was inserted as plain text: ${scan.reason}.`;
    }
  }
  if (text === '' && note) return { ok: false, message: `The HTML was not read: ${note.slice(note.indexOf(': ') + 2, -1)}. Paste or save it as plain text instead.` };
  if (text === '') return { ok: false, message: 'The clipboard holds no text to paste (only an image or a drawing?).' };
  const tooLong = textTooLong(text, 'The pasted text');
  return tooLong ? { ok: false, message: tooLong } : { ok: true, text, origin, sourceUrl, note };
}
