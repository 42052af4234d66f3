import { describe, expect, it } from 'vitest';
import { entityKey, normalizeEntityText, surfaceForm } from './entityKey';

describe('normalizeEntityText', () => {
  it('test_normalizeEntityText_folds_case_possessive_the_and_white_space', () => {
    const forms = ['Britain', 'BRITAIN', "Britain 's", "Britain's", 'Britain’s', 'The Britain', "the  Britain\n's"];
    expect(forms.map(normalizeEntityText)).toEqual(forms.map(() => 'britain'));
  });

  it('test_normalizeEntityText_makes_curly_quotes_straight', () => {
    expect(normalizeEntityText('“Star  Wars”')).toBe('"star wars"');
    expect(normalizeEntityText('O’Brien')).toBe("o'brien");
  });

  it('test_normalizeEntityText_keeps_a_word_that_would_vanish', () => {
    expect(normalizeEntityText("'s")).toBe("'s");
    expect(normalizeEntityText('The')).toBe('the');
    expect(normalizeEntityText("The 's")).toBe('the');
  });

  it('test_normalizeEntityText_drops_only_a_leading_the_and_a_trailing_possessive', () => {
    expect(normalizeEntityText('The Hague')).toBe('hague');
    expect(normalizeEntityText('Bank of the West')).toBe('bank of the west');
    expect(normalizeEntityText('Theo')).toBe('theo');
    expect(normalizeEntityText("Paris's Louvre")).toBe("paris's louvre");
    expect(normalizeEntityText('Mass')).toBe('mass');
  });
});

describe('entityKey', () => {
  it('test_entityKey_is_label_space_normalised_text', () => {
    expect(entityKey('org', "The  United Nations 's")).toBe('org united nations');
    expect(entityKey('geo', 'Washington')).not.toBe(entityKey('per', 'Washington'));
  });
});

describe('surfaceForm', () => {
  it('test_surfaceForm_drops_the_possessive_and_collapses_white_space_only', () => {
    expect(surfaceForm("Britain 's")).toBe('Britain');
    expect(surfaceForm('Britain’s')).toBe('Britain');
    expect(surfaceForm('The  New\nYork Times')).toBe('The New York Times');
    expect(surfaceForm("'s")).toBe("'s");
  });
});
