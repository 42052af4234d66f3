/** TOPIC groundwork of the training recipe: the technology lexicon, its matcher and held-out split, weak labels, and the stand-off gold set (pure TypeScript). */
export {
  heldOutTerms,
  lexiconMatcher,
  parseLexicon,
  TOPIC_CATEGORIES,
  TOPIC_LABEL,
  type HeldOutOptions,
  type HeldOutSplit,
  type LexiconEntry,
  type LexiconError,
  type LexiconMatcher,
  type ParsedLexicon,
  type TopicCategory,
  type TopicMatch,
} from './lexicon';
export {
  goldSetToSpanJsonl,
  goldStandoffToJsonl,
  parseGoldStandoff,
  resolveGoldSet,
  sha1Hex,
  type GoldSentence,
  type GoldStandoffRecord,
  type ParsedGoldStandoff,
  type ResolvedGoldSet,
} from './goldSet';
export { teacherIsSure, weakLabeller, wordVocabulary, type TeacherOutput, type WeakLabel, type WeakLabeller, type WeakLabelOptions } from './weakLabels';
export {
  addRecall,
  emptyRecall,
  termOccurrences,
  lexiconGroup,
  onlyLabel,
  type LexiconGroup,
  type SpanRecall,
} from './topicScores';
export { replaceMentions } from './replaceMentions';
export { termShares } from './termShares';
export { withoutHeldOutTerms } from './heldOutFilter';
