export type { EntityCounts, EntityScores, Scores, TypeConfusion, TypeScores } from './entityScores';
export type { EntityScorer } from './entityScorer';
export { createEntityScorer, scoreEntities } from './entityScorer';
export { EvaluationInputError } from './evaluationInputError';
export { formatReport } from './formatReport';
export { printfFixed } from './printfFixed';
export { precisionRecallF1 } from './ratios';
export { FALSE_HIGHLIGHT_KINDS, sentenceErrors, type FalseHighlight, type FalseHighlightKind, type SentenceErrors } from './spanErrors';
export { errorReport, type ErrorReport, type FrequentFalseHighlight } from './errorReport';
