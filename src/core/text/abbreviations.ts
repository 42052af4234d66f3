/**
 * Words that keep their period as part of the token (`Dr.`, `Inc.`), shared by the tokenizer (which
 * glues the period on) and the sentence splitter (which decides whether that period also ends a sentence).
 * Matching is case-sensitive: `Wash.` is an abbreviation, `wash.` ends a sentence.
 */

/** Come before a name or a number; a sentence practically never ends on them. */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'Mr', 'Mrs', 'Ms', 'Mx', 'Dr', 'Prof', 'Rev', 'Hon', 'Fr', 'Mt', 'Ft', 'Gen', 'Col', 'Lt', 'Capt', 'Cpt', 'Sgt',
  'Maj', 'Adm', 'Cmdr', 'Cdr', 'Brig', 'Cpl', 'Pvt', 'Gov', 'Sen', 'Rep', 'Pres', 'Supt', 'Insp', 'Atty', 'Messrs',
  'Mme', 'Mlle', 'Fig', 'Figs', 'Vol', 'Vols', 'Nos', 'Eq', 'Eqs', 'pp', 'vs', 'v', 'cf', 'viz', 'approx', 'ca',
]);

/**
 * Can end a sentence as well as sit inside one (`at Apple Inc. The …` vs `Apple Inc. shares`):
 * the splitter looks at the next word to decide.
 */
export const OTHER_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'Inc', 'Corp', 'Ltd', 'Co', 'Bros', 'Plc', 'Jr', 'Sr', 'Esq', 'etc', 'al', 'Ph', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun',
  'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec', 'Ala', 'Ariz', 'Ark', 'Calif', 'Colo', 'Conn', 'Del', 'Fla', 'Ga',
  'Ill', 'Ind', 'Kan', 'Kans', 'Ky', 'La', 'Md', 'Mass', 'Mich', 'Minn', 'Miss', 'Mo', 'Mont', 'Neb', 'Nev', 'Okla',
  'Ore', 'Pa', 'Penn', 'Tenn', 'Tex', 'Va', 'Vt', 'Wash', 'Wis', 'Wyo', 'Il', 'Cong', 'St', 'Ave', 'Blvd', 'Rd',
  'Dept', 'Univ', 'Assn', 'dept', 'vol', 'fig', 'incl',
]);

/** `No.`, `no.` keep their period only before a number (`No. 5`), else `No.` is the word "no". */
export const NUMBER_ABBREVIATIONS: ReadonlySet<string> = new Set(['No', 'no', 'Nos', 'nos']);

/** Abbreviations that are always followed by more of the same sentence (titles, `e.g.`, `vs.`). */
export function isTitleAbbreviation(word: string): boolean {
  return TITLE_ABBREVIATIONS.has(word);
}

/**
 * Dotted forms made of one- or two-letter pieces (`U.S`, `e.g`, `i.e`, `a.m`, `Ph.D`, `S.p.A`): the
 * period after them belongs to the abbreviation. `model.fit` (longer pieces) does not qualify.
 */
export function isDottedAbbreviation(word: string): boolean {
  if (word.indexOf('.') < 0) return false;
  const pieces = word.split('.');
  return pieces.every((p) => p.length >= 1 && p.length <= 2 && /^\p{L}+$/u.test(p));
}

/** Whether a word followed by `.` keeps that period (`Dr.`, `U.S.`, `J.`); `next` is the character after the period. */
export function keepsPeriod(word: string, next: string): boolean {
  if (NUMBER_ABBREVIATIONS.has(word)) return /^[0-9]/.test(next);
  if (TITLE_ABBREVIATIONS.has(word) || OTHER_ABBREVIATIONS.has(word)) return true;
  if (/^\p{Lu}$/u.test(word)) return true; // an initial: `J. R. R. Tolkien`
  return isDottedAbbreviation(word);
}
