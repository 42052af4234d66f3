import { describe, expect, it } from 'vitest';
import { isProseSentence, proseSentences } from './proseSentences';

describe('proseSentences', () => {
  it('keeps prose and skips code lines, headings and fragments', () => {
    const text = [
      'Getting started',
      '',
      'We trained a random forest on the Titanic data. It took a minute on a laptop.',
      '',
      'model = RandomForestClassifier(n_estimators=100)',
      'import pandas as pd',
      '',
      'The forest then scored 0.81 on the held-out split of the data.',
    ].join('\n');
    const sentences = proseSentences(text);
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      'We trained a random forest on the Titanic data.',
      'It took a minute on a laptop.',
      'The forest then scored 0.81 on the held-out split of the data.',
    ]);
    const [first] = sentences;
    const own = text.slice(first.start, first.end);
    first.tokens.forEach((token) => expect(own.slice(token.start, token.end)).toBe(token.text));
    expect(first.tokens.map((token) => token.text).slice(0, 5)).toEqual(['We', 'trained', 'a', 'random', 'forest']);
  });

  it('isProseSentence rejects calls, assignments, prompts and over-long runs', () => {
    expect(isProseSentence('We call fit on the model and wait.')).toBe(true);
    expect(isProseSentence('df = pd.read_csv("train.csv")')).toBe(false);
    expect(isProseSentence('$ pip install torch torchvision now please')).toBe(false);
    expect(isProseSentence('>>> print(model.score(X, y)) for the test set')).toBe(false);
    expect(isProseSentence('Too short.')).toBe(false);
    expect(isProseSentence(Array.from({ length: 81 }, () => 'word').join(' '))).toBe(false);
  });
});
