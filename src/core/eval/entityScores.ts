/** What an entity-level evaluation reports. Ratios are fractions in [0, 1]; `formatReport` prints percentages. */

/** Precision, recall and F1: the shape every score in the project has (conlleval's three figures). */
export interface Scores {
  /** correct / predicted (0 when nothing is predicted). */
  precision: number;
  /** correct / gold (0 when there are no gold entities). */
  recall: number;
  /** Harmonic mean of precision and recall (0 when both are 0). */
  f1: number;
}

/** Raw counts, named after conlleval's variables where they have one. */
export interface EntityCounts {
  /** Tokens seen, `O` included (conlleval's tokenCounter). */
  tokens: number;
  /** Tokens whose gold and predicted tags agree in prefix and type (conlleval's correctTags). */
  correctTokens: number;
  /** Gold entities (conlleval's foundCorrect). */
  gold: number;
  /** Predicted entities (conlleval's foundGuessed). */
  predicted: number;
  /** Predicted entities with exactly a gold entity's start, end and type (conlleval's correctChunk). */
  correct: number;
}

/** Scores of one entity type. */
export interface TypeScores extends Scores {
  gold: number;
  predicted: number;
  correct: number;
}

/**
 * Which types the model gives entities whose boundaries it found. Every gold entity is counted
 * once, either in `matched` (a predicted entity has its exact boundaries) or in `unmatchedGold`;
 * every predicted entity likewise in `matched` or `unmatchedPredicted`. So for a type T:
 * sum of matched[T][*] + unmatchedGold[T] = perType[T].gold, and matched[T][T] = perType[T].correct.
 */
export interface TypeConfusion {
  /** By gold type, then predicted type: entities with identical boundaries in gold and prediction. */
  matched: Record<string, Record<string, number>>;
  /** By gold type: gold entities no predicted entity matches in boundaries (missed, or boundaries wrong). */
  unmatchedGold: Record<string, number>;
  /** By predicted type: predicted entities no gold entity matches in boundaries (spurious, or boundaries wrong). */
  unmatchedPredicted: Record<string, number>;
}

/** Precision, recall and F1 micro-averaged over all entities (F1 is the headline figure), and the rest. */
export interface EntityScores extends Scores {
  /** correctTokens / tokens, `O` tokens included, as conlleval's "accuracy"; never the headline. */
  tokenAccuracy: number;
  counts: EntityCounts;
  /** Per entity type, keys sorted as conlleval sorts them; a type appears if gold or prediction has it. */
  perType: Record<string, TypeScores>;
  confusion: TypeConfusion;
}
