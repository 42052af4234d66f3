/** TOPIC groundwork of the training recipe: the technology lexicon, its matcher and held-out split, weak labels, and the stand-off gold set (pure TypeScript). */
export { heldOutTerms, lexiconMatcher, parseLexicon, TOPIC_LABEL, type HeldOutSplit, type LexiconMatcher } from './lexicon';
export { goldSetToSpanJsonl, goldStandoffToJsonl, parseGoldStandoff, resolveGoldSet, sha1Hex, type GoldSentence, type GoldStandoffRecord } from './goldSet';
export { weakLabeller, wordVocabulary } from './weakLabels';
export { addRecall, emptyRecall, termOccurrences, lexiconGroup, onlyLabel, type LexiconGroup, type SpanRecall } from './topicScores';
export { replaceMentions } from './replaceMentions';
export { termShares } from './termShares';
export { withoutHeldOutTerms } from './heldOutFilter';
