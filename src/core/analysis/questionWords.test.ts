import { describe, expect, it } from 'vitest';
import { makeDocument } from './analyzedDocument.testing';
import { trimQuestionWords } from './questionWords';

describe('trimQuestionWords', () => {
  it('cuts a leading question word off a mention and drops a mention of one alone', () => {
    const document = makeDocument(['Why/B-TOPIC Distillation/I-TOPIC Works', 'How/B-org we/O met/O Ada/B-per']);
    const { document: trimmed, trimmed: count } = trimQuestionWords(document);
    expect(trimmed.sentences.map((s) => s.tags)).toEqual([
      ['O', 'B-TOPIC', 'O'],
      ['O', 'O', 'O', 'B-per'],
    ]);
    expect(count).toBe(2);
  });

  it('leaves other mentions, and the document itself, alone', () => {
    const document = makeDocument(['The/B-org Who/I-org played', 'Ada/B-per Lovelace/I-per']);
    expect(trimQuestionWords(document).document).toBe(document);
  });
});
