/**
 * Whether a token can be part of a date or time by the guidelines' test (docs/annotation-guidelines.md
 * §9, `tim`): it carries a digit or names a month, a weekday, a season or a century. Case does not
 * matter (CoNLL headlines are upper case).
 */
const CALENDAR_WORDS = new Set(
  [
    'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
    'jan', 'jan.', 'feb', 'feb.', 'mar.', 'apr', 'apr.', 'jun.', 'jul.', 'aug', 'aug.', 'sep', 'sep.', 'sept', 'sept.', 'oct', 'oct.', 'nov', 'nov.', 'dec.',
    'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
    'mon.', 'tue.', 'tues.', 'wed.', 'thu.', 'thurs.', 'fri.', 'sat.', 'sun.',
    'spring', 'summer', 'autumn', 'winter', 'century', 'centuries', 'a.m.', 'p.m.', 'gmt',
  ],
);

export function isCalendarToken(token: string): boolean {
  return /\d/.test(token) || CALENDAR_WORDS.has(token.toLowerCase());
}
