export type { EntityScores, Scores, TypeConfusion } from './entityScores';
export { createEntityScorer, scoreEntities } from './entityScorer';
export { formatReport } from './formatReport';
export { errorReport, type ErrorReport } from './errorReport';
