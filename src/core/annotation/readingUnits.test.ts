import { describe, expect, it } from 'vitest';
import { drawUnits, isHardUnit, readingUnits, type ReadingUnit } from './readingUnits';

const article = [
  'Exploratory Data Analysis',
  'We load the data first. Then Sundar Pichai spoke at Google about it.',
  'df = pd.read_csv("x.csv")',
  'Final thoughts: this was fun.',
].join('\n\n');

describe('reading units', () => {
  it('cuts paragraphs into sentences with their offsets, headings included and code left out', () => {
    const units = readingUnits(article);
    expect(units.map((u) => article.slice(u.start, u.end))).toEqual([
      'Exploratory Data Analysis',
      'We load the data first.',
      'Then Sundar Pichai spoke at Google about it.',
      'Final thoughts: this was fun.',
    ]);
    expect(units.map((u) => [u.heading, u.capitalised])).toEqual([
      [true, true],
      [false, false],
      [false, true],
      [false, false],
    ]);
    expect(units[2].tokens[1]).toEqual({ text: 'Sundar', start: 5, end: 11 });
  });

  it('does not count the pronoun I as a capitalised word', () => {
    expect(readingUnits('Today I think so.')[0].capitalised).toBe(false);
  });
});

const unit = (hard: boolean): ReadingUnit => ({ start: 0, end: 1, tokens: [], heading: hard, capitalised: false });

describe('drawUnits', () => {
  const articles = Array.from({ length: 10 }, () => [unit(true), unit(false), unit(false), unit(true), unit(false)]);

  it('draws the asked share of hard units, at most perArticle from one article, in article order', () => {
    const drawn = drawUnits(articles, { count: 20, hardShare: 0.75, perArticle: 2, seed: 1 });
    expect(drawn).toHaveLength(20);
    expect(drawn.filter((d) => isHardUnit(articles[d.article][d.unit]))).toHaveLength(15);
    for (let a = 0; a < 10; a++) expect(drawn.filter((d) => d.article === a).length).toBeLessThanOrEqual(2);
    const keys = drawn.map((d) => d.article * 10 + d.unit);
    expect(keys).toEqual([...keys].sort((x, y) => x - y));
    expect(new Set(keys).size).toBe(20);
  });

  it('is reproducible for a seed and differs across seeds', () => {
    const options = { count: 8, hardShare: 0.5, perArticle: 3, seed: 7 };
    expect(drawUnits(articles, options)).toEqual(drawUnits(articles, options));
    expect(drawUnits(articles, { ...options, seed: 8 })).not.toEqual(drawUnits(articles, options));
  });

  it('makes up a short pool from the other and stops when both run out', () => {
    const fewHard = [[unit(true), unit(false), unit(false), unit(false)]];
    const drawn = drawUnits(fewHard, { count: 3, hardShare: 1, perArticle: 10, seed: 1 });
    expect(drawn).toHaveLength(3);
    expect(drawUnits(fewHard, { count: 9, hardShare: 0.5, perArticle: 10, seed: 1 })).toHaveLength(4);
  });
});
