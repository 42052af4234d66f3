import { zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readImportFiles } from './importFiles';

const html = (raw: string) => ({ text: raw.replace(/<[^>]+>/g, ''), sourceUrl: raw.includes('canonical') ? 'https://example.org/a' : null });

describe('readImportFiles', () => {
  it('reads text, Markdown and HTML files, and lists the others with a reason', () => {
    const files = [
      { name: 'a.txt', bytes: strToU8('\uFEFFPlain text.') },
      { name: 'b.md', bytes: strToU8('# Title\n\nBody.') },
      { name: 'c.html', bytes: strToU8('<link rel="canonical"><p>Web page.</p>') },
      { name: 'd.pdf', bytes: strToU8('%PDF') },
      { name: 'e.txt', bytes: new Uint8Array([0x50, 0, 0x51]) },
      { name: 'f.txt', bytes: new Uint8Array([0xc3, 0x28]) },
      { name: 'g.md', bytes: strToU8(' \n ') },
    ];
    expect(readImportFiles(files, html)).toEqual([
      { ok: true, file: { name: 'a.txt', text: 'Plain text.', sourceUrl: null } },
      { ok: true, file: { name: 'b.md', text: '# Title\n\nBody.', sourceUrl: null } },
      { ok: true, file: { name: 'c.html', text: 'Web page.', sourceUrl: 'https://example.org/a' } },
      { ok: false, name: 'd.pdf', reason: 'not a .txt, .md or .html file' },
      { ok: false, name: 'e.txt', reason: 'binary data, not text' },
      { ok: false, name: 'f.txt', reason: 'not UTF-8 text' },
      { ok: false, name: 'g.md', reason: 'empty: no text to analyse' },
    ]);
  });

  it('reads the articles inside a .zip, skipping folders and archiver noise', () => {
    const zip = zipSync({ 'posts/one.txt': strToU8('One.'), 'posts/': new Uint8Array(), '__MACOSX/posts/._one.txt': strToU8('x'), 'inner.zip': zipSync({}), 'notes.docx': strToU8('x') });
    expect(readImportFiles([{ name: 'all.zip', bytes: zip }], html)).toEqual([
      { ok: true, file: { name: 'all.zip/posts/one.txt', text: 'One.', sourceUrl: null } },
      { ok: false, name: 'all.zip/inner.zip', reason: 'a .zip inside a .zip is not read' },
      { ok: false, name: 'all.zip/notes.docx', reason: 'not a .txt, .md or .html file' },
    ]);
  });

  it('lists a damaged .zip', () => {
    const [result] = readImportFiles([{ name: 'broken.zip', bytes: strToU8('not a zip at all') }], html);
    expect(result).toMatchObject({ ok: false, name: 'broken.zip' });
    expect(result.ok === false && result.reason).toMatch(/^not a readable \.zip archive/);
  });
});
