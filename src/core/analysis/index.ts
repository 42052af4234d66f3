export type {
  AnalyzedDocument,
  AnalyzedSentence,
  Entity,
  EntityGraph,
  EntityGraphOptions,
  GraphEdge,
  GraphNode,
  Mention,
  SuggestedTag,
  SuggestTagsOptions,
} from './types';
export { documentMentions } from './documentMentions';
export { entityKey, normalizeEntityText, surfaceForm } from './entityKey';
export { documentEntities } from './documentEntities';
export { DEFAULT_LABEL_WEIGHTS, labelWeight } from './labelWeights';
export { suggestTags } from './suggestTags';
export { entityGraph } from './entityGraph';
export { mentionsToJson } from './mentionsToJson';
export { MENTION_CSV_FIELDS, mentionsToCsv } from './mentionsToCsv';
export { documentToConll } from './documentToConll';
