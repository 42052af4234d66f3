/**
 * The tag schemes NER Studio reads and writes.
 * - IOB1 (CoNLL-2003 original): I- everywhere; B- only on the first token of an entity that
 *   directly follows another entity of the same type.
 * - IOB2 (the app's internal scheme): B- on the first token of every entity, I- on the rest.
 * - BIOES: B- begin, I- inside, E- end, S- single-token entity.
 * - BILOU: BIOES with L- for E- and U- for S- (spaCy's naming).
 */
export type TagScheme = 'IOB1' | 'IOB2' | 'BIOES' | 'BILOU';

export const TAG_SCHEMES: readonly TagScheme[] = ['IOB1', 'IOB2', 'BIOES', 'BILOU'];
