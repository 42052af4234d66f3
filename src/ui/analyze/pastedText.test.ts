// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { NESTED_DIVS, ORDINARY_DEEP_PAGE, TEXTLESS_HTML, UNCLOSED_BOLD } from '../../../tests/fixtures/hostile/hostileHtml';
import { pastedText } from './pastedText';

const neverParse = (): Document => {
  throw new Error('the HTML reached the parser');
};

describe('pastedText', () => {
  it.each([
    ['100,000 nested divs', NESTED_DIVS],
    ['200,000 unclosed b', UNCLOSED_BOLD],
  ])('pasted html nested too deep falls back to plain text unparsed: %s', (_name, html) => {
    expect(pastedText(html, 'the plain text', neverParse)).toEqual({
      ok: true,
      text: 'the plain text',
      origin: 'plain-paste',
      sourceUrl: null,
      note: 'The pasted rich text was inserted as plain text: its HTML nests more than 256 elements deep.',
    });
  });

  it('dropped html nested too deep is refused with what to do', () => {
    expect(pastedText(NESTED_DIVS, '', neverParse)).toEqual({
      ok: false,
      message: 'The HTML was not read: its HTML nests more than 256 elements deep. Paste or save it as plain text instead.',
    });
  });

  it.each(Object.entries(TEXTLESS_HTML))('pasted html without text falls back to plain text: %s', (_name, html) => {
    expect(pastedText(html, 'Ada Lovelace')).toEqual({ ok: true, text: 'Ada Lovelace', origin: 'plain-paste', sourceUrl: null, note: null });
    expect(pastedText(html, '')).toEqual({ ok: false, message: 'The clipboard holds no text to paste (only an image or a drawing?).' });
  });

  it('pasted html of an ordinary page is converted', () => {
    expect(pastedText(ORDINARY_DEEP_PAGE, 'flat')).toEqual({ ok: true, text: 'Ada met Bob.\n\nIn Paris.', origin: 'html-paste', sourceUrl: null, note: null });
  });

  it('pasted text over the stated limit is refused', () => {
    expect(pastedText('', 'a'.repeat(2_000_001))).toEqual({
      ok: false,
      message: 'The pasted text is 2,000,001 characters long; the Analyze view takes at most 2,000,000 (about 300,000 words). Split it and analyse the parts.',
    });
  });
});
