import { describe, expect, it } from 'vitest';
import { tokenize } from '../../core/text';
import type { TokenSpan } from '../../core/types';
import { lexiconMatcher, parseLexicon, TOPIC_CATEGORIES } from './lexicon';
import { teacherIsSure, weakLabeller, wordVocabulary } from './weakLabels';

const tokensOf = (text: string) => tokenize(text).map((token) => token.text);
const lexicon = parseLexicon(
  ['# categories: ' + TOPIC_CATEGORIES.join(' '), 'PyTorch\tlibrary', 'random forest\talgorithm', 'random forest regressor\talgorithm', 'Python\tlanguage\tcase'].join('\n'),
).entries;
const heldOut = lexicon.filter((entry) => entry.term === 'random forest');
const labeller = weakLabeller(lexiconMatcher(lexicon), heldOut, { minTeacherConfidence: 0.9 });

/** A teacher output with every token at `confidence`. */
function teacher(text: string, spans: TokenSpan[] = [], confidence = 1) {
  const tokens = tokensOf(text);
  return { tokens, spans, confidence: tokens.map(() => confidence) };
}

describe('weakLabeller', () => {
  it('tags lexicon terms as TOPIC and keeps the teacher\'s other entities', () => {
    const output = teacher('Meta released PyTorch in California .', [
      { start: 0, end: 1, label: 'org' },
      { start: 4, end: 5, label: 'geo' },
    ]);
    expect(labeller.label(output)).toEqual({ sentence: { tokens: output.tokens, tags: ['B-org', 'O', 'B-TOPIC', 'O', 'B-geo', 'O'] } });
  });

  it('lets TOPIC win where the teacher overlaps it even when unsure', () => {
    const output = teacher('Guido wrote Python at CWI .', [
      { start: 0, end: 1, label: 'per' },
      { start: 1, end: 3, label: 'org' },
    ]);
    output.confidence[2] = 0.3;
    expect(labeller.label(output)).toEqual({ sentence: { tokens: output.tokens, tags: ['B-per', 'O', 'B-TOPIC', 'O', 'O', 'O'] } });
  });

  it('drops a sentence that mentions a held-out term', () => {
    expect(labeller.label(teacher('A random forest in PyTorch .'))).toEqual({ dropped: 'held-out' });
    expect(labeller.label(teacher('Random forests are fast .'))).toEqual({ dropped: 'held-out' });
  });

  it('keeps a longer seen term that contains a held-out one', () => {
    expect(labeller.label(teacher('Fit a random forest regressor .'))).toMatchObject({ sentence: { tags: ['O', 'O', 'B-TOPIC', 'I-TOPIC', 'I-TOPIC', 'O'] } });
  });

  it('drops a sentence whose teacher entity is unsure', () => {
    expect(labeller.label(teacher('We read BERT today .', [{ start: 2, end: 3, label: 'geo' }], 0.6))).toEqual({ dropped: 'teacher-unsure' });
  });

  it('leaves words the teacher never learned unlabelled outside lexicon terms', () => {
    const vocabulary = new Set(['we', 'fit', 'with', 'and', 'in', 'google', 'the', 'data', '.']);
    const withVocabulary = weakLabeller(lexiconMatcher(lexicon), heldOut, { minTeacherConfidence: 0.9, teacherVocabulary: vocabulary });
    // `PCA` is a teacher entity of unknown words only (opened, though unsure); `Google` a known one (kept);
    // `PyTorch` is a lexicon term (TOPIC, never opened); `scaling`, `t-SNE` and `K` are unknown words; `42` has no letter.
    const output = teacher('We fit PyTorch with PCA and scaling in Google t-SNE 42 K .', [
      { start: 4, end: 5, label: 'org' },
      { start: 8, end: 9, label: 'org' },
    ]);
    output.confidence[4] = 0.5;
    expect(withVocabulary.label(output)).toEqual({
      sentence: {
        tokens: output.tokens,
        tags: ['O', 'O', 'B-TOPIC', 'O', 'O', 'O', 'O', 'O', 'B-org', 'O', 'O', 'O', 'O'],
        unlabelled: [false, false, false, false, true, false, true, false, false, true, false, true, false],
      },
    });
    expect(withVocabulary.label(teacher('We fit the data .'))).toEqual({ sentence: { tokens: tokensOf('We fit the data .'), tags: ['O', 'O', 'O', 'O', 'O'] } });
  });

  it('follows the lexicon\'s case rules', () => {
    expect(labeller.label(teacher('The python swallowed it .'))).toMatchObject({ sentence: { tags: ['O', 'O', 'O', 'O', 'O'] } });
  });
});

describe('teacherIsSure', () => {
  const tokens = ['Ada', 'used', 'pandas', 'in', 'June', '.'];
  const confidence = [0.95, 1, 0.99, 1, 0.97, 1];
  it('wants every entity token confident and names capitalised', () => {
    expect(teacherIsSure({ tokens, spans: [], confidence }, { start: 0, end: 1, label: 'per' }, 0.9)).toBe(true);
    expect(teacherIsSure({ tokens, spans: [], confidence }, { start: 4, end: 5, label: 'tim' }, 0.9)).toBe(true);
    expect(teacherIsSure({ tokens, spans: [], confidence: [0.6, 1, 1, 1, 1, 1] }, { start: 0, end: 1, label: 'per' }, 0.9)).toBe(false);
    expect(teacherIsSure({ tokens, spans: [], confidence }, { start: 2, end: 3, label: 'geo' }, 0.9)).toBe(false);
    expect(teacherIsSure({ tokens: ['last', 'year'], spans: [], confidence: [0.95, 0.95] }, { start: 0, end: 2, label: 'tim' }, 0.9)).toBe(true);
  });
});

describe('wordVocabulary', () => {
  it('keeps lower-cased words seen at least minCount times', () => {
    const sentences = [{ tokens: ['The', 'UN', 'met'] }, { tokens: ['the', 'UN', 'said'] }];
    expect([...wordVocabulary(sentences, 2)].sort()).toEqual(['the', 'un']);
  });
});
