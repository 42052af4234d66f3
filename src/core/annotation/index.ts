/** Annotation: inline markup and reading units for the gold sets, and the in-page correction of a model's proposal (pure TypeScript). */
export { readMarkup, writeMarkup } from './inlineMarkup';
export { drawUnits, readingUnits } from './readingUnits';
export { documentFromAnalysis, labelCounts, reviewedCount, sentenceConfidence, spanChars, textId, type AnnotatedDocument, type AnnotatedSentence } from './annotatedDocument';
export { addSpan, relabelSpan, removeSpan, setReviewed, snapToTokens, spanAt, type TokenRange } from './corrections';
export { HISTORY_LIMIT, record, redo, startHistory, undo, type History } from './history';
export { annotatedSentences, documentFromSentences, exportAnnotations, importAnnotations } from './annotationExport';
export { restoreAnnotatedDocument, type Restored } from './restoreDocument';
export { nextToReview, type ReviewTarget } from './reviewQueue';
export { annotationTrainingSet, unknownTokensAnyTag, type AnnotationTrainingSet, type PartialSupervision, type TrainingSetOptions } from './supervision';
export { selectedRange, startPosition, stepSentence, stepToken, stepWithinSentence, type TokenPosition } from './tokenCursor';
export { keyIntent, LABEL_HOT_KEYS, type AnnotationIntent, type KeyPress } from './annotationKeys';
export { newLabelProblem, offeredLabels, restoreCustomLabel, type CustomLabel } from './customLabels';
export { documentFromShared, sharedAnnotationsOf } from './sharedDocument';
