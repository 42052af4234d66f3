import { spansToTags, tagsToSpans } from '../tags';
import { guessEnglish, paragraphRanges, type LanguageGuess } from '../text';
import { codeRegions, overlapsRegion, type TextRange } from './codeRegions';
import { documentEntities } from './documentEntities';
import { locatedMentions, type LocatedMention } from './documentMentions';
import { applyCasingCue } from './casingCue';
import { dropBareNumberTimes } from './bareNumbers';
import { trimQuestionWords } from './questionWords';
import { reconcileMentions, type ReconcileChanges, type ReconcileOptions } from './reconcileMentions';
import { suggestTags } from './suggestTags';
import type { AnalyzedDocument, Entity, SuggestedTag } from './types';

/** How many mentions and entities of one label a document has. */
export interface LabelCount {
  label: string;
  mentions: number;
  entities: number;
}

/**
 * Everything the views, the report and the graph read about a tagged document, built once: tags
 * become mentions here and nowhere else (as displaCy's `parse_ents` converts once at the boundary
 * and its renderers read the result).
 */
export interface DocumentAnalysis {
  document: AnalyzedDocument;
  /** In text order, each with its token range (the graph reads the tokens between two mentions). */
  mentions: LocatedMention[];
  /** In `documentEntities` order: count descending, then first position, then key. */
  entities: Entity<LocatedMention>[];
  tags: SuggestedTag[];
  /** The labels of the document's entities, most entities first (ties: by label). */
  labelCounts: LabelCount[];
  /** `[start, end)` of each paragraph of the text (see `paragraphRanges`). */
  paragraphs: { start: number; end: number }[];
  /** Code, console tables, URLs and YAML (see `codeRegions`): shown as text, never entities. */
  code: TextRange[];
  language: LanguageGuess;
  summary: { paragraphs: number; sentences: number; tokens: number };
  adjustments: DocumentAdjustments;
}

export interface AnalyzeDocumentOptions {
  /**
   * One name, one label in the document (`reconcileMentions`): on by default, since it raised
   * micro F1 on the Medium dev gold set (MODEL_CARD.md, "Document consistency"). `document` in the
   * result is then the reconciled one, so the view, the table, the graph and the exports agree.
   */
  consistency?: boolean | ReconcileOptions;
  /**
   * How each word is written elsewhere in the text (`applyCasingCue`): drops mentions made only of
   * words the text also writes in lower case. On by default (TOPIC exempt), since it raised micro F1
   * and lowered false highlights on the Medium dev gold set (MODEL_CARD.md, "Casing cue");
   * `{ exempt }` names the labels it leaves alone.
   */
  casing?: boolean | { exempt: readonly string[] };
}

/** Labels the casing cue leaves alone by default: technologies are written in lower case too. */
export const CASING_CUE_EXEMPT: readonly string[] = ['TOPIC'];

/** What the document-level steps changed: mentions relabelled or filled by consistency, dropped by the casing cue. */
export interface DocumentAdjustments extends ReconcileChanges {
  casingDropped: number;
  /** Mentions that lost a leading question word (`trimQuestionWords`). */
  questionWordsTrimmed: number;
  /** Date-or-time mentions of numbers only, none a year (`dropBareNumberTimes`). */
  bareNumbersDropped: number;
}

/** The one walk from a tagged document to its mentions, entities, tags, label counts and paragraphs. */
export function analyzeDocument(tagged: AnalyzedDocument, options: AnalyzeDocumentOptions = {}): DocumentAnalysis {
  const code = codeRegions(tagged.text);
  // Code is dropped before reconciling, so a name tagged inside code never votes on its label in prose.
  const questions = trimQuestionWords(withoutMentionsIn(tagged, code));
  const numbers = dropBareNumberTimes(questions.document);
  const prose = numbers.document;
  const casingOption = options.casing ?? true;
  const casing = casingOption
    ? applyCasingCue(prose, { skip: code, exempt: casingOption === true ? CASING_CUE_EXEMPT : casingOption.exempt })
    : { document: prose, dropped: 0 };
  const reconciled =
    options.consistency === false
      ? { document: casing.document, changes: { relabelled: 0, filled: 0 } }
      : reconcileMentions(casing.document, options.consistency === true ? {} : options.consistency);
  const { document } = reconciled;
  const mentions = locatedMentions(document);
  const entities = documentEntities(mentions);
  const paragraphs = paragraphRanges(document.text);
  return {
    document,
    mentions,
    entities,
    tags: suggestTags(entities, { text: document.text, paragraphs }),
    labelCounts: labelCounts(entities),
    paragraphs,
    code,
    language: guessEnglish(document.text),
    summary: {
      paragraphs: paragraphs.length,
      sentences: document.sentences.length,
      tokens: document.sentences.reduce((sum, sentence) => sum + sentence.tokens.length, 0),
    },
    adjustments: { ...reconciled.changes, casingDropped: casing.dropped, questionWordsTrimmed: questions.trimmed, bareNumbersDropped: numbers.dropped },
  };
}

/** The document with every mention that overlaps a range set to `O` (a new document when one changes). */
function withoutMentionsIn(document: AnalyzedDocument, ranges: readonly TextRange[]): AnalyzedDocument {
  if (ranges.length === 0) return document;
  let changed = false;
  const sentences = document.sentences.map((sentence) => {
    const spans = tagsToSpans(sentence.tags);
    const kept = spans.filter((span) => !overlapsRegion(ranges, sentence.tokens[span.start].start, sentence.tokens[span.end - 1].end));
    if (kept.length === spans.length) return sentence;
    changed = true;
    return { ...sentence, tags: spansToTags(kept, sentence.tokens.length) };
  });
  return changed ? { ...document, sentences } : document;
}

function labelCounts(entities: readonly Entity[]): LabelCount[] {
  const counts = new Map<string, LabelCount>();
  for (const entity of entities) {
    let count = counts.get(entity.label);
    if (count === undefined) {
      count = { label: entity.label, mentions: 0, entities: 0 };
      counts.set(entity.label, count);
    }
    count.entities += 1;
    count.mentions += entity.count;
  }
  return [...counts.values()].sort((a, b) => b.entities - a.entities || a.label.localeCompare(b.label));
}
