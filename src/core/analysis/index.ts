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
export { analyzeDocument, type DocumentAnalysis, type LabelCount } from './analyzeDocument';
export { documentMentions, type LocatedMention } from './documentMentions';
export { entityKey, normalizeEntityText, surfaceForm } from './entityKey';
export { documentEntities } from './documentEntities';
export { DEFAULT_LABEL_WEIGHTS, labelWeight } from './labelWeights';
export { suggestTags } from './suggestTags';
export { entityGraph, type GraphSource } from './entityGraph';
export { mentionsToJson } from './mentionsToJson';
export { MENTION_CSV_FIELDS, mentionsToCsv } from './mentionsToCsv';
export { documentToConll } from './documentToConll';
