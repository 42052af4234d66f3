/** A line this long or longer is a paragraph, not a title. */
const MAX_TITLE_LINE = 120;
const TRUNCATED_TITLE = 80;
const MIN_TITLE_WORDS = 3;
const MARKDOWN_HEADING = /^#{1,6}\s+(.+?)\s*#*\s*$/;
/** Banners that open some copied pages and name nothing (Medium's "Member-only story", alone or glued to the title). */
const BANNER = /^(?:member-only story|sign in|sign up|open in app)\b\s*/i;

/**
 * An article's title: its first Markdown heading near the top; else the name of a `.txt` file
 * named like a title (3 words or more); else its first line when it reads as a title (short, not
 * ending like a sentence); else the file's name (`notes.txt` → `notes`); else the first line cut
 * at a word near 80 characters.
 */
export function articleTitle(text: string, fileName?: string | null): string {
  const lines = text.split(/\r?\n/).map((line) => line.trim().replace(BANNER, '')).filter((line) => line !== '');
  for (const line of lines.slice(0, 20)) {
    const heading = MARKDOWN_HEADING.exec(line);
    if (heading) return heading[1];
  }
  const fromName = fileName ? titleFromFileName(fileName) : '';
  // A plain-text file named like a title (`Why_BERT_Works.txt`) is titled by its name: such files
  // often start straight with the body (`Photo by … on Unsplash`, `1. Introduction`).
  if (/\.txt$/i.test(fileName ?? '') && fromName.split(' ').length >= MIN_TITLE_WORDS) return fromName;
  const first = lines[0] ?? '';
  if (first !== '' && first.length < MAX_TITLE_LINE && !/[.!?;,:]$/.test(first)) return first;
  if (fromName !== '') return fromName;
  if (first === '') return 'Untitled';
  if (first.length <= TRUNCATED_TITLE) return first;
  const cut = first.slice(0, TRUNCATED_TITLE);
  const space = cut.lastIndexOf(' ');
  return `${space > 40 ? cut.slice(0, space) : cut}…`;
}

/** `folder/My_First_Post.md` → `My First Post`. */
export function titleFromFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  return base.replace(/\.(?:txt|md|markdown|html?)$/i, '').replace(/_+/g, ' ').replace(/\s+/g, ' ').trim();
}
