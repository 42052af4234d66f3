import { describe, expect, it } from 'vitest';
import { libraryTerm, termOfKey } from './libraryTerm';

describe('libraryTerm', () => {
  it('folds case, quotes, a possessive, a leading "the" and a regular plural of the last word', () => {
    expect(libraryTerm('Neural Networks')).toBe('neural network');
    expect(libraryTerm('the  Transformer’s')).toBe('transformer');
    expect(libraryTerm('GANs')).toBe('gan');
  });

  it('keeps words whose final s is not a plural, and short words', () => {
    expect(libraryTerm('Pandas')).toBe('pandas');
    expect(libraryTerm('regression analysis')).toBe('regression analysis');
    expect(libraryTerm('AWS')).toBe('aws');
    expect(libraryTerm('Keras')).toBe('keras');
  });

  it('drops the label of an entity key', () => {
    expect(termOfKey('TOPIC python')).toBe('python');
    expect(termOfKey('org Decision Trees')).toBe('decision tree');
  });
});
