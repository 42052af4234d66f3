export { tokenize } from './tokenize';
export { splitSentences } from './splitSentences';
export { htmlToText } from './htmlToText';
export { paragraphRanges } from './paragraphs';
export { guessEnglish, type LanguageGuess } from './language';
export { MAX_HTML_CHARS, MAX_HTML_NESTING, scanHtml, type HtmlScan } from './htmlNesting';
