import { describe, expect, it } from 'vitest';
import { guessEnglish } from './language';

describe('guessEnglish', () => {
  it('recognises English news and technical prose', () => {
    expect(guessEnglish('Thousands of demonstrators have marched through London to protest the war in Iraq and demand the withdrawal of British troops from that country.').english).toBe(true);
    expect(guessEnglish('In this post we train a random forest on the data and compare it with a gradient boosting model that uses the same features.').english).toBe(true);
  });

  it('flags German, Spanish and French text', () => {
    expect(guessEnglish('Die Bundesregierung hat am Mittwoch beschlossen, die Ausgaben für Bildung und Forschung im kommenden Jahr deutlich zu erhöhen.')).toEqual({ english: false, reason: 'few of its words are common English words' });
    expect(guessEnglish('El gobierno anunció ayer que las elecciones generales se celebrarán en noviembre después de meses de negociaciones entre los partidos.').english).toBe(false);
    expect(guessEnglish('Le président a déclaré mardi que la réforme des retraites serait présentée au parlement avant la fin de la session.').english).toBe(false);
  });

  it('flags text mostly in a non-Latin script', () => {
    expect(guessEnglish('Москва является столицей России и крупнейшим городом страны.')).toEqual({ english: false, reason: 'most of its letters are not in the Latin alphabet' });
    expect(guessEnglish('東京は日本の首都です。').english).toBe(false);
  });

  it('does not judge very short or letterless text', () => {
    expect(guessEnglish('Berlin').english).toBe(true);
    expect(guessEnglish('12 345 !!').english).toBe(true);
    expect(guessEnglish('').english).toBe(true);
  });
});
