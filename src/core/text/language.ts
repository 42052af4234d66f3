// The commonest English function words: in English prose they are about 40% of all words, in
// other Latin-script languages almost none, so their share separates the two on a few sentences.
const FUNCTION_WORDS = new Set(
  ('the of and to a in is it that for on was with as he be at by this are from or an have not but ' +
    'they his had were has you which their we will she been its one there can would her all if who ' +
    'more when so what about also than into these our some them other do may after how most')
    .split(' '),
);

/** Too few words to judge: any text this short is given the benefit of the doubt. */
const MIN_WORDS = 12;
const MIN_FUNCTION_SHARE = 0.12;

export interface LanguageGuess {
  english: boolean;
  /** Why it is not English; empty when it is. */
  reason: string;
}

/** A cheap guess whether `text` is English, for telling a person the English model may miss things. */
export function guessEnglish(text: string): LanguageGuess {
  const letters = text.match(/\p{L}/gu) ?? [];
  if (letters.length === 0) return { english: true, reason: '' };
  const latin = letters.filter((letter) => /\p{Script=Latin}/u.test(letter)).length;
  if (latin / letters.length < 0.5) return { english: false, reason: 'most of its letters are not in the Latin alphabet' };
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < MIN_WORDS) return { english: true, reason: '' };
  const share = words.filter((word) => FUNCTION_WORDS.has(word)).length / words.length;
  return share >= MIN_FUNCTION_SHARE
    ? { english: true, reason: '' }
    : { english: false, reason: 'few of its words are common English words' };
}
