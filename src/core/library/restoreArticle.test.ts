import { describe, expect, it } from 'vitest';
import { libraryToJson, readLibraryFile } from './libraryFile';
import { article, entity } from './library.testing';
import { restoreArticle, restoreSummary } from './restoreArticle';

describe('restoreArticle', () => {
  it('gives back a valid article field for field, dropping fields it does not know', () => {
    const original = { ...article(1, [entity('TOPIC', 'Python', 2)]), mentions: [{ start: 11, end: 17, label: 'TOPIC' }] };
    expect(restoreArticle({ ...original, extra: '<script>' })).toEqual({ ok: true, value: original });
  });

  it('says what is wrong with a bad record', () => {
    expect(restoreSummary(null)).toEqual({ ok: false, reason: 'the article is not an object' });
    expect(restoreSummary({ ...article(1, []), id: 'x' })).toEqual({ ok: false, reason: 'its id is not a content hash (64 hex digits)' });
    expect(restoreSummary({ ...article(1, []), savedAt: 'yesterday' })).toEqual({ ok: false, reason: 'its date "yesterday" is not a date' });
    expect(restoreSummary({ ...article(1, [{ ...entity('per', 'Ada'), count: -1 }]) })).toEqual({ ok: false, reason: "entity 1's count is not a whole number ≥ 0" });
  });

  it('rejects mentions outside the text or out of order', () => {
    const bad = { ...article(1, []), mentions: [{ start: 5, end: 9, label: 'per' }, { start: 2, end: 4, label: 'per' }] };
    expect(restoreArticle(bad)).toEqual({ ok: false, reason: 'mention 2 (2–4) is out of order or outside the text' });
  });
});

describe('library file', () => {
  it('round-trips the library', () => {
    const articles = [article(1, [entity('per', 'Ada')]), article(2, [])];
    expect(readLibraryFile(libraryToJson(articles))).toEqual({ articles, rejected: [] });
  });

  it('rejects a bad article on its own, with its title and reason', () => {
    const json = libraryToJson([article(1, []), { ...article(2, []), words: 'many' as unknown as number }]);
    expect(readLibraryFile(json).rejected).toEqual([{ index: 1, title: 'Article 2', reason: 'its word count is not a whole number ≥ 0' }]);
  });

  it('refuses a file that is not a library', () => {
    expect(() => readLibraryFile('{"format":"ner-studio-model"}')).toThrow('This file is not an NER Studio library (format "ner-studio-model").');
    expect(() => readLibraryFile('not json')).toThrow('not JSON');
  });
});
