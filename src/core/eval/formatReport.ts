import type { EntityScores } from './entityScores';
import { printfFixed } from './printfFixed';

/**
 * The report conlleval prints, character for character (each line ends in a newline):
 *
 *     processed 1234 tokens with 100 phrases; found: 98 phrases; correct: 90.
 *     accuracy:  97.50%; precision:  91.84%; recall:  90.00%; FB1:  90.91
 *                   geo: precision:  92.00%; recall:  93.00%; FB1:  92.50  50
 *
 * The trailing number of a type's line is how many entities of that type were predicted. As in
 * conlleval, the second line is left out when there were no tokens. The percentages are computed
 * from the counts in conlleval's own order of operations, so rounding matches it too.
 */
export function formatReport(scores: EntityScores): string {
  const { tokens, correctTokens, gold, predicted, correct } = scores.counts;
  const lines = [`processed ${tokens} tokens with ${gold} phrases; found: ${predicted} phrases; correct: ${correct}.`];
  if (tokens > 0) {
    lines.push(`accuracy: ${printfFixed((100 * correctTokens) / tokens)}%; ${scoreColumns(correct, predicted, gold)}`);
  }
  for (const label of Object.keys(scores.perType).sort()) {
    const type = scores.perType[label];
    lines.push(`${label.padStart(17)}: ${scoreColumns(type.correct, type.predicted, type.gold)}  ${type.predicted}`);
  }
  return lines.map((line) => `${line}\n`).join('');
}

function scoreColumns(correct: number, predicted: number, gold: number): string {
  const precision = predicted > 0 ? (100 * correct) / predicted : 0;
  const recall = gold > 0 ? (100 * correct) / gold : 0;
  const fb1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return `precision: ${printfFixed(precision)}%; recall: ${printfFixed(recall)}%; FB1: ${printfFixed(fb1)}`;
}
