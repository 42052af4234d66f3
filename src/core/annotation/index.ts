/** Annotation groundwork: the inline markup annotators write, and the reading units they are drawn from (pure TypeScript). */
export { readMarkup, writeMarkup, type MarkupResult } from './inlineMarkup';
export { drawUnits, isHardUnit, readingUnits, type DrawnUnit, type DrawOptions, type ReadingUnit } from './readingUnits';
