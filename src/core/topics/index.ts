/** TOPIC groundwork: the technology lexicon, its matcher and held-out split, and the stand-off gold set (pure TypeScript). */
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
export { isProseSentence, proseSentences, type ProseSentence } from './proseSentences';
export { weakLabeller, type WeakLabeller } from './weakLabels';
export {
  addRecall,
  emptyRecall,
  heldOutOccurrences,
  lexiconGroup,
  onlyLabel,
  type LexiconGroup,
  type SpanRecall,
} from './topicScores';
