/** Annotation groundwork: the inline markup annotators write, and the reading units they are drawn from (pure TypeScript). */
export { readMarkup, writeMarkup } from './inlineMarkup';
export { drawUnits, readingUnits } from './readingUnits';
