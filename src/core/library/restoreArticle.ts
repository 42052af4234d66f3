import type { SuggestedTag } from '../analysis';
import type { ArticleBody, ArticleEntity, ArticleMention, ArticleSummary, LibraryArticle } from './types';

/** A stored or imported record, checked: the article, or why it cannot be used. */
export type Restored<T> = { ok: true; value: T } | { ok: false; reason: string };

const HASH = /^[0-9a-f]{64}$/;

class Invalid extends Error {}

function record(value: unknown, what: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Invalid(`${what} is not an object`);
  return value as Record<string, unknown>;
}

function text(value: unknown, what: string, max = Infinity): string {
  if (typeof value !== 'string') throw new Invalid(`${what} is not text`);
  if (value.length > max) throw new Invalid(`${what} is longer than ${max} characters`);
  return value;
}

function count(value: unknown, what: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) throw new Invalid(`${what} is not a whole number ≥ 0`);
  return value;
}

function list(value: unknown, what: string): unknown[] {
  if (!Array.isArray(value)) throw new Invalid(`${what} is not a list`);
  return value;
}

function optionalText(value: unknown, what: string): string | null {
  return value === null || value === undefined ? null : text(value, what, 2000);
}

function entityOf(value: unknown, index: number): ArticleEntity {
  const entity = record(value, `entity ${index + 1}`);
  return {
    key: text(entity.key, `entity ${index + 1}'s key`, 500),
    label: text(entity.label, `entity ${index + 1}'s label`, 100),
    text: text(entity.text, `entity ${index + 1}'s text`, 500),
    count: count(entity.count, `entity ${index + 1}'s count`),
  };
}

function tagOf(value: unknown, index: number): SuggestedTag {
  const tag = record(value, `tag ${index + 1}`);
  if (typeof tag.score !== 'number' || !Number.isFinite(tag.score)) throw new Invalid(`tag ${index + 1}'s score is not a number`);
  return { text: text(tag.text, `tag ${index + 1}'s text`, 500), label: text(tag.label, `tag ${index + 1}'s label`, 100), score: tag.score, key: text(tag.key, `tag ${index + 1}'s key`, 500) };
}

function summaryOf(value: unknown): ArticleSummary {
  const article = record(value, 'the article');
  const id = text(article.id, 'its id');
  if (!HASH.test(id)) throw new Invalid('its id is not a content hash (64 hex digits)');
  const model = record(article.model, 'its model');
  const savedAt = text(article.savedAt, 'its date', 40);
  if (Number.isNaN(Date.parse(savedAt))) throw new Invalid(`its date "${savedAt}" is not a date`);
  return {
    id,
    title: text(article.title, 'its title', 1000),
    sourceUrl: optionalText(article.sourceUrl, 'its source URL'),
    fileName: optionalText(article.fileName, 'its file name'),
    entities: list(article.entities, 'its entities').map(entityOf),
    tags: list(article.tags, 'its tags').map(tagOf),
    model: { name: text(model.name, "its model's name", 200), fingerprint: text(model.fingerprint, "its model's fingerprint", 200) },
    savedAt,
    words: count(article.words, 'its word count'),
  };
}

function bodyOf(value: unknown): ArticleBody {
  const body = record(value, 'the article');
  const articleText = text(body.text, 'its text');
  let end = 0;
  const mentions = list(body.mentions, 'its mentions').map((item, index): ArticleMention => {
    const mention = record(item, `mention ${index + 1}`);
    const start = count(mention.start, `mention ${index + 1}'s start`);
    const stop = count(mention.end, `mention ${index + 1}'s end`);
    if (start < end || stop <= start || stop > articleText.length) throw new Invalid(`mention ${index + 1} (${start}–${stop}) is out of order or outside the text`);
    end = stop;
    return { start, end: stop, label: text(mention.label, `mention ${index + 1}'s label`, 100) };
  });
  return { id: text(body.id, 'its id'), text: articleText, mentions };
}

function restore<T>(read: () => T): Restored<T> {
  try {
    return { ok: true, value: read() };
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, reason: error.message };
    throw error;
  }
}

/** A summary read back from storage, treated as untrusted: every field checked, extra ones dropped. */
export const restoreSummary = (value: unknown): Restored<ArticleSummary> => restore(() => summaryOf(value));

export const restoreBody = (value: unknown): Restored<ArticleBody> => restore(() => bodyOf(value));

/** A whole article from an imported library file. */
export const restoreArticle = (value: unknown): Restored<LibraryArticle> =>
  restore(() => {
    const summary = summaryOf(value);
    const body = bodyOf(value);
    if (body.id !== summary.id) throw new Invalid('its body belongs to another article');
    return { ...summary, text: body.text, mentions: body.mentions };
  });
