import { describe, expect, it } from 'vitest';
import { PNG_AS_TXT } from '../../../tests/fixtures/hostile/droppedFiles';
import { MAX_TEXT_CHARS, readDroppedText } from './droppedText';

const file = (parts: BlobPart[], name: string) => Object.assign(new Blob(parts), { name });

describe('readDroppedText', () => {
  it('dropped binary file named txt is refused', async () => {
    await expect(readDroppedText(file([PNG_AS_TXT.bytes], PNG_AS_TXT.name))).resolves.toEqual({
      ok: false,
      message: '"notes.txt" is not a text file (it looks like binary data, despite its name).',
    });
  });

  it('dropped text over the stated limit is refused with its size', async () => {
    await expect(readDroppedText(file(['a'.repeat(MAX_TEXT_CHARS + 1)], 'long.txt'))).resolves.toEqual({
      ok: false,
      message: '"long.txt" is 2,000,001 characters long; the Analyze view takes at most 2,000,000 (about 300,000 words). Split it and analyse the parts.',
    });
  });

  it('dropped text and html are read', async () => {
    await expect(readDroppedText(file(['Ada met Bob.'], 'a.txt'))).resolves.toEqual({ ok: true, text: 'Ada met Bob.', isHtml: false });
    await expect(readDroppedText(file(['<p>Ada</p>'], 'a.HTML'))).resolves.toEqual({ ok: true, text: '<p>Ada</p>', isHtml: true });
    await expect(readDroppedText(file(['x'], 'a.pdf'))).resolves.toEqual({ ok: false, message: '"a.pdf" is not a .txt, .md or .html file.' });
  });
});
