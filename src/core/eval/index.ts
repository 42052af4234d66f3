export type { EntityCounts, EntityScores, TypeConfusion, TypeScores } from './entityScores';
export type { EntityScorer } from './entityScorer';
export { createEntityScorer, scoreEntities } from './entityScorer';
export { EvaluationInputError } from './evaluationInputError';
export { formatReport } from './formatReport';
export { printfFixed } from './printfFixed';
export { precisionRecallF1 } from './ratios';
