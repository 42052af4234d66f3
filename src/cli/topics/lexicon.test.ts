import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../core/text';
import { heldOutTerms, lexiconMatcher, parseLexicon, TOPIC_CATEGORIES, type LexiconEntry } from './lexicon';

const tokensOf = (text: string): string[] => tokenize(text).map((token) => token.text);

const SMALL = [
  '# categories: ' + TOPIC_CATEGORIES.join(' '),
  'random forest\talgorithm',
  'forest\tconcept',
  'gradient boosting\talgorithm',
  'PyTorch\tlibrary',
  'Python\tlanguage\tcase',
  'R\tlanguage\tcase',
  'CNN\tarchitecture',
  'cross-validation\tconcept',
  'machine learning\tfield',
  'scikit-learn\tlibrary',
  'C++\tlanguage\tcase',
].join('\n');

function small(): LexiconEntry[] {
  const parsed = parseLexicon(SMALL);
  expect(parsed.errors).toEqual([]);
  return parsed.entries;
}

/** The matched surface strings of a sentence. */
function topicsIn(text: string, entries = small()): string[] {
  const tokens = tokensOf(text);
  return lexiconMatcher(entries)
    .findTopics(tokens)
    .map((span) => tokens.slice(span.start, span.end).join(' '));
}

describe('parseLexicon', () => {
  it('reads terms, categories and case flags', () => {
    const { entries, errors } = parseLexicon('# a comment\n\nrandom forest\talgorithm\nGo\tlanguage\tcase\n');
    expect(errors).toEqual([]);
    expect(entries).toEqual([
      { term: 'random forest', category: 'algorithm', caseSensitive: false, line: 3 },
      { term: 'Go', category: 'language', caseSensitive: true, line: 4 },
    ]);
  });

  it('reports malformed lines, unknown categories and duplicates by line', () => {
    const text = ['PyTorch\tlibrary', 'no tab here', 'Kubernetes\tcontainer', 'pytorch\tlibrary', 'Go\tlanguage\tyes', ' SQL\tlanguage'].join('\n');
    const { entries, errors } = parseLexicon(text);
    expect(entries.map((entry) => entry.term)).toEqual(['PyTorch']);
    expect(errors.map((error) => error.line)).toEqual([2, 3, 4, 5, 6]);
    expect(errors[0].message).toBe('expected term<TAB>category[<TAB>case], found 1 field');
    expect(errors[1].message).toMatch(/^unknown category "container"/);
    expect(errors[2].message).toBe('duplicate term "pytorch" (first on line 1)');
    expect(errors[3].message).toBe('third column must be "case" or absent, found "yes"');
  });

  it('allows two exact-case spellings but not a case-insensitive clash', () => {
    expect(parseLexicon('Spark\ttool\tcase\nSPARK\ttool\tcase').errors).toEqual([]);
    expect(parseLexicon('Spark\ttool\tcase\nspark\ttool').errors).toEqual([{ line: 2, message: 'duplicate term "spark" (first on line 1)' }]);
  });

  it('checks the categories header against the fixed set', () => {
    const { errors } = parseLexicon('# categories: algorithm library gadget\n');
    expect(errors).toHaveLength(2);
    expect(errors[0]).toEqual({ line: 1, message: 'categories header names unknown categories: gadget' });
    expect(errors[1].message).toMatch(/^categories header leaves out: field, task, architecture/);
  });
});

describe('lexiconMatcher', () => {
  it('finds exact single- and multi-word terms with token offsets', () => {
    const tokens = tokensOf('We trained a random forest with PyTorch .');
    expect(lexiconMatcher(small()).findTopics(tokens)).toEqual([
      { start: 3, end: 5, label: 'TOPIC' },
      { start: 6, end: 7, label: 'TOPIC' },
    ]);
  });

  it('lets the longest match win', () => {
    expect(topicsIn('A random forest beats a forest.')).toEqual(['random forest', 'forest']);
    const matches = lexiconMatcher(small()).findMatches(tokensOf('random forest'));
    expect(matches.map((match) => match.entry.category)).toEqual(['algorithm']);
  });

  it('ignores case except for case entries', () => {
    expect(topicsIn('PYTORCH, pytorch and Machine Learning')).toEqual(['PYTORCH', 'pytorch', 'Machine Learning']);
    expect(topicsIn('I wrote it in Python.')).toEqual(['Python']);
    expect(topicsIn('a python swallowed the goat')).toEqual([]);
    expect(topicsIn('PYTHON scripts')).toEqual([]);
    expect(topicsIn('R and r')).toEqual(['R']);
  });

  it('matches plurals and hyphen variants', () => {
    expect(topicsIn('Random forests and CNNs')).toEqual(['Random forests', 'CNNs']);
    expect(topicsIn('cross validation, cross-validation and machine-learning models')).toEqual([
      'cross validation',
      'cross-validation',
      'machine-learning',
    ]);
    expect(topicsIn('scikit-learn and C++')).toEqual(['scikit-learn', 'C + +']);
    // An exact-case term that is not an acronym takes no plural.
    expect(topicsIn('Pythons and Rs')).toEqual([]);
  });

  it('returns nothing for an empty sentence', () => {
    expect(lexiconMatcher(small()).findTopics([])).toEqual([]);
  });
});

describe('heldOutTerms', () => {
  const entries = Array.from({ length: 100 }, (_, i): LexiconEntry => ({ term: `term${i}`, category: 'library', caseSensitive: false, line: i + 1 }));

  it('is deterministic for a seed', () => {
    const a = heldOutTerms(entries, { fraction: 0.2, seed: 10 });
    const b = heldOutTerms(entries, { fraction: 0.2, seed: 10 });
    expect(a).toEqual(b);
    expect(heldOutTerms(entries, { fraction: 0.2, seed: 11 }).heldOut).not.toEqual(a.heldOut);
  });

  it('is disjoint and covers every entry', () => {
    const { seen, heldOut } = heldOutTerms(entries, { fraction: 0.2, seed: 10 });
    expect(heldOut).toHaveLength(20);
    expect(seen).toHaveLength(80);
    const heldOutSet = new Set(heldOut.map((entry) => entry.term));
    expect(seen.some((entry) => heldOutSet.has(entry.term))).toBe(false);
    expect(new Set([...seen, ...heldOut].map((entry) => entry.term)).size).toBe(100);
    expect(heldOut.map((entry) => entry.line)).toEqual([...heldOut.map((entry) => entry.line)].sort((x, y) => x - y));
  });

  it('rejects a fraction outside [0, 1]', () => {
    expect(() => heldOutTerms(entries, { fraction: 1.5, seed: 1 })).toThrow(RangeError);
  });
});

describe('the shipped lexicon (src/cli/topics/lexicon.txt)', () => {
  const text = readFileSync(resolve(__dirname, 'lexicon.txt'), 'utf8');
  const parsed = parseLexicon(text);

  it('parses with zero errors and at least 800 terms', () => {
    expect(parsed.errors).toEqual([]);
    expect(parsed.entries.length).toBeGreaterThanOrEqual(800);
    const byCategory = new Map<string, number>();
    for (const entry of parsed.entries) byCategory.set(entry.category, (byCategory.get(entry.category) ?? 0) + 1);
    for (const category of TOPIC_CATEGORIES) expect(byCategory.get(category) ?? 0).toBeGreaterThan(0);
    console.log(`lexicon: ${parsed.entries.length} terms; ${TOPIC_CATEGORIES.map((c) => `${c} ${byCategory.get(c)}`).join(', ')}`);
  });

  it('leaves out generic words', () => {
    const terms = new Set(parsed.entries.map((entry) => entry.term.toLowerCase()));
    for (const generic of ['model', 'data', 'algorithm', 'network', 'feature', 'dataset', 'accuracy', 'regression', 'classification']) {
      expect(terms.has(generic)).toBe(false);
    }
  });

  it('matches the issue examples and respects case', () => {
    const found = (text: string): string[] => topicsIn(text, parsed.entries);
    expect(found('I used a random forest, PyTorch, transfer learning and Kubernetes.')).toEqual([
      'random forest',
      'PyTorch',
      'transfer learning',
      'Kubernetes',
    ]);
    expect(found('Python is great, but a python swallowed my laptop.')).toEqual(['Python']);
    expect(found('Go and Spark and Julia')).toEqual(['Go', 'Spark', 'Julia']);
    expect(found('go and spark')).toEqual([]);
  });
});
