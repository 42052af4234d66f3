export type { EntityScores, Scores, TypeConfusion } from './entityScores';
export { createEntityScorer, scoreEntities } from './entityScorer';
export { formatReport } from './formatReport';
export { errorReport, type ErrorReport } from './errorReport';
export { WORSE_BY, labelChanges, type LabelChange, type LabelMeasurement } from './labelChanges';
export { TOPIC_CHECK_LABEL, topicCheckSentences } from './topicCheck';
