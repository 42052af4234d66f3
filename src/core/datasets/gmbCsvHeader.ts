/**
 * Maps the header row of a GMB-style CSV to column positions. Names match case-insensitively;
 * a few common spellings are accepted (`Sentence #`, `sentence_idx`; `Word`, `token`; `Tag`, `NER`).
 */

export interface GmbColumns {
  sentence: number;
  word: number;
  pos: number | null;
  tag: number;
  count: number;
  /** The header as written, for messages (`Sentence #,Word,POS,Tag`). */
  names: string[];
}

type Role = 'sentence' | 'word' | 'pos' | 'tag';

// A Map: a header field is user text ("constructor" found Object's constructor).
const ROLE_OF_NAME = new Map<string, Role>(Object.entries({
  'sentence #': 'sentence',
  'sentence#': 'sentence',
  sentence: 'sentence',
  sentence_idx: 'sentence',
  'sentence id': 'sentence',
  sentence_id: 'sentence',
  word: 'word',
  token: 'word',
  pos: 'pos',
  tag: 'tag',
  ner: 'tag',
}) as [string, Role][]);

const EXPECTED = 'expected the header Sentence #,Word,POS,Tag (POS may be left out)';

/** Reads the header fields; returns the columns, or messages naming what is wrong. */
export function mapGmbHeader(fields: string[]): GmbColumns | string[] {
  const found: Partial<Record<Role, number>> = {};
  const problems: string[] = [];
  fields.forEach((raw, index) => {
    const name = raw.trim();
    const role = ROLE_OF_NAME.get(name.toLowerCase());
    if (role === undefined) {
      problems.push(`unknown column "${name}" (column ${index + 1}); ${EXPECTED}`);
    } else if (found[role] !== undefined) {
      problems.push(`column "${name}" appears twice (columns ${found[role] + 1} and ${index + 1})`);
    } else {
      found[role] = index;
    }
  });
  const missing = (['sentence', 'word', 'tag'] as const).filter((role) => found[role] === undefined);
  if (missing.length > 0) {
    const names = missing.map((role) => ({ sentence: 'Sentence #', word: 'Word', tag: 'Tag' })[role]);
    problems.push(`missing column${missing.length > 1 ? 's' : ''} ${names.join(', ')}; ${EXPECTED}`);
  }
  if (problems.length > 0 || found.sentence === undefined || found.word === undefined || found.tag === undefined) {
    return problems;
  }
  return {
    sentence: found.sentence,
    word: found.word,
    pos: found.pos ?? null,
    tag: found.tag,
    count: fields.length,
    names: fields.map((field) => field.trim()),
  };
}
