/** fast-check generator of analysed documents: random tokens at real offsets, valid IOB2 tags, POS and confidences. */
import fc from 'fast-check';
import { validIob2Tags } from '../tags/tagArbitraries.testing';
import type { AnalyzedDocument, AnalyzedSentence } from './types';

export const ARBITRARY_LABELS = ['per', 'org', 'geo', 'tim'] as const;

/** Words that exercise normalisation (the, possessives, curly quotes) beside random strings. */
const word = fc.oneof(
  fc.constantFrom('Google', 'google', 'The', 'the', "'s", '’s', "Britain's", 'O’Neil', '“Big”', 'a,b', 'New', 'York', 'acquired'),
  fc.string({ minLength: 1, maxLength: 5 }).filter((s) => !/\s/.test(s)),
);
const separator = fc.constantFrom(' ', ' ', '  ', '\n', '\t', '');
const pos = fc.constantFrom('NNP', 'NN', 'NNS', 'VBD', 'VBZ', 'IN', 'DT', 'JJ', '.');

const iob2Tags = validIob2Tags(ARBITRARY_LABELS, { entities: 6, entityLength: 3, gap: 2 });

interface TokenDraft {
  separator: string;
  word: string;
  pos: string;
  confidence: number;
}

const sentenceDraft = iob2Tags.chain((tags) =>
  fc.record({
    tags: fc.constant(tags),
    tokens: fc.array(
      fc.record({ separator, word, pos, confidence: fc.double({ min: 0, max: 1, noNaN: true }) }),
      { minLength: tags.length, maxLength: tags.length },
    ),
    withPos: fc.boolean(),
    withConfidence: fc.boolean(),
  }),
);

function assemble(drafts: readonly { tags: string[]; tokens: TokenDraft[]; withPos: boolean; withConfidence: boolean }[]): AnalyzedDocument {
  let text = '';
  const sentences: AnalyzedSentence[] = drafts.map((draft) => {
    const start = text.length;
    const tokens = draft.tokens.map((token) => {
      text += token.separator;
      const tokenStart = text.length;
      text += token.word;
      return { text: token.word, start: tokenStart, end: text.length };
    });
    const sentence: AnalyzedSentence = { start, end: text.length, tokens, tags: draft.tags };
    if (draft.withPos) sentence.pos = draft.tokens.map((t) => t.pos);
    if (draft.withConfidence) sentence.confidence = draft.tokens.map((t) => t.confidence);
    return sentence;
  });
  return { text, sentences, labels: [...ARBITRARY_LABELS] };
}

export const arbitraryDocument = fc.array(sentenceDraft, { maxLength: 8 }).map(assemble);
