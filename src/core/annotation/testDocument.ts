/** A small hand-made document for the annotation tests: two sentences, the model's tags given. */
import { splitSentences } from '../text';
import { documentFromAnalysis, type AnnotatedDocument } from './annotatedDocument';

export const TEST_TEXT = 'Angela Merkel visited Acme Corp in Paris.\n\nShe met Tim Cook on Monday.';

/** Sentence 1 proposes Merkel as org (wrong), Acme Corp as org, Paris as geo; sentence 2 proposes Monday as per (wrong). */
export function testDocument(): AnnotatedDocument {
  const sentences = splitSentences(TEST_TEXT);
  const tags = [
    ['B-org', 'I-org', 'O', 'B-org', 'I-org', 'O', 'B-geo', 'O'],
    ['O', 'O', 'O', 'O', 'O', 'B-per', 'O'],
  ];
  const confidence = [
    [0.6, 0.7, 0.99, 0.9, 0.9, 0.99, 0.95, 0.99],
    [0.99, 0.99, 0.4, 0.5, 0.99, 0.3, 0.99],
  ];
  return documentFromAnalysis(
    { text: TEST_TEXT, labels: ['geo', 'org', 'per'], sentences: sentences.map((s, i) => ({ ...s, tags: tags[i], confidence: confidence[i] })) },
    'default',
    '2026-01-01T00:00:00.000Z',
  );
}
