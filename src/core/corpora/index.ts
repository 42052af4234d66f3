/** Other corpora mapped onto the guidelines' labels and conventions, and casing variants for training (pure TypeScript). */
export { isCalendarToken } from './calendarWords';
export { conllToGuidelines, MISC_CANDIDATES } from './conllToGuidelines';
export { gmbToGuidelines, PERSON_TITLES } from './gmbToGuidelines';
export { casingVariant, casingVariants, type CasingKind, type CasingMix } from './casingVariants';
