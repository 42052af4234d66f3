/**
 * Gold and predicted tags that cannot be scored together: different lengths, or a malformed tag.
 * `sentenceIndex` and `tokenIndex` count from 0; the message counts from 1, for people.
 */
export class EvaluationInputError extends Error {
  readonly sentenceIndex: number;
  readonly tokenIndex: number | null;

  constructor(message: string, sentenceIndex: number, tokenIndex: number | null = null) {
    super(message);
    this.name = 'EvaluationInputError';
    this.sentenceIndex = sentenceIndex;
    this.tokenIndex = tokenIndex;
  }
}
