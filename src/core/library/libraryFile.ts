import { restoreArticle } from './restoreArticle';
import type { LibraryArticle } from './types';

export const LIBRARY_FILE_FORMAT = 'ner-studio-library';
export const LIBRARY_FILE_VERSION = 1;

export interface LibraryFile {
  format: typeof LIBRARY_FILE_FORMAT;
  version: typeof LIBRARY_FILE_VERSION;
  exportedAt: string;
  articles: LibraryArticle[];
}

/** The whole library as one JSON file. */
export function libraryToJson(articles: readonly LibraryArticle[], exportedAt = new Date()): string {
  const file: LibraryFile = { format: LIBRARY_FILE_FORMAT, version: LIBRARY_FILE_VERSION, exportedAt: exportedAt.toISOString(), articles: [...articles] };
  return JSON.stringify(file);
}

export interface ReadLibraryFile {
  articles: LibraryArticle[];
  /** Articles of the file that could not be used, each with its position and the reason. */
  rejected: { index: number; title: string; reason: string }[];
}

/** Reads a library file; a bad article is rejected on its own, a file that is not one throws. */
export function readLibraryFile(json: string): ReadLibraryFile {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    throw new Error('This file is not JSON, so it is not an NER Studio library.');
  }
  const file = typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
  if (file.format !== LIBRARY_FILE_FORMAT) throw new Error(`This file is not an NER Studio library (format "${String(file.format)}").`);
  if (file.version !== LIBRARY_FILE_VERSION) throw new Error(`This library file has version ${String(file.version)}; this NER Studio reads version ${LIBRARY_FILE_VERSION}.`);
  if (!Array.isArray(file.articles)) throw new Error('This library file has no list of articles.');
  const result: ReadLibraryFile = { articles: [], rejected: [] };
  file.articles.forEach((item: unknown, index) => {
    const restored = restoreArticle(item);
    if (restored.ok) result.articles.push(restored.value);
    else {
      const title = typeof item === 'object' && item !== null && typeof (item as { title?: unknown }).title === 'string' ? (item as { title: string }).title : '';
      result.rejected.push({ index, title, reason: restored.reason });
    }
  });
  return result;
}
