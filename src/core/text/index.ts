export { tokenize } from './tokenize';
export { splitSentences } from './splitSentences';
export { htmlToText } from './htmlToText';
