export type {
  AnalyzedDocument,
  AnalyzedSentence,
  Entity,
  EntityGraph,
  GraphEdge,
  GraphNode,
  Mention,
  SuggestedTag,
} from './types';
export { analyzeDocument, CASING_CUE_EXEMPT, type AnalyzeDocumentOptions, type DocumentAdjustments, type DocumentAnalysis, type LabelCount } from './analyzeDocument';
export { applyCasingCue } from './casingCue';
export { entityGraph } from './entityGraph';
export { mentionsToJson } from './mentionsToJson';
export { mentionsToCsv } from './mentionsToCsv';
export { documentToConll } from './documentToConll';
export { labelWeight } from './labelWeights';
export { normalizeEntityText } from './entityKey';
export { reconcileMentions, type ReconcileChanges, type ReconcileOptions } from './reconcileMentions';
export { GRAPH_NODE_CHOICES, MAX_GRAPH_NODES } from './graphLimits';
