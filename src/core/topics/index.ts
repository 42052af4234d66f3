/** Prose and code in article text: the sentences worth tagging (pure TypeScript; the TOPIC recipe's groundwork is src/cli/topics). */
export { looksLikeCode, proseSentences } from './proseSentences';
