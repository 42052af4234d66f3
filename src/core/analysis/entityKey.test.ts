import { describe, expect, it } from 'vitest';
import { entityKey, normalizeEntityText, surfaceForm } from './entityKey';

describe('normalizeEntityText', () => {
  it('folds case possessive the and white space', () => {
    const forms = ['Britain', 'BRITAIN', "Britain 's", "Britain's", 'Britain’s', 'The Britain', "the  Britain\n's"];
    expect(forms.map(normalizeEntityText)).toEqual(forms.map(() => 'britain'));
  });

  it('makes curly quotes straight', () => {
    expect(normalizeEntityText('“Star  Wars”')).toBe('"star wars"');
    expect(normalizeEntityText('O’Brien')).toBe("o'brien");
  });

  it('keeps a word that would vanish', () => {
    expect(normalizeEntityText("'s")).toBe("'s");
    expect(normalizeEntityText('The')).toBe('the');
    expect(normalizeEntityText("The 's")).toBe('the');
  });

  it('drops only a leading the and a trailing possessive', () => {
    expect(normalizeEntityText('The Hague')).toBe('hague');
    expect(normalizeEntityText('Bank of the West')).toBe('bank of the west');
    expect(normalizeEntityText('Theo')).toBe('theo');
    expect(normalizeEntityText("Paris's Louvre")).toBe("paris's louvre");
    expect(normalizeEntityText('Mass')).toBe('mass');
  });
});

describe('entityKey', () => {
  it('is label space normalised text', () => {
    expect(entityKey('org', "The  United Nations 's")).toBe('org united nations');
    expect(entityKey('geo', 'Washington')).not.toBe(entityKey('per', 'Washington'));
  });
});

describe('surfaceForm', () => {
  it('drops the possessive and collapses white space only', () => {
    expect(surfaceForm("Britain 's")).toBe('Britain');
    expect(surfaceForm('Britain’s')).toBe('Britain');
    expect(surfaceForm('The  New\nYork Times')).toBe('The New York Times');
    expect(surfaceForm("'s")).toBe("'s");
  });
});
