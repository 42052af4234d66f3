/** The three-sentence example worked out by hand (and checked with conlleval), shared by the eval tests. */
export const THREE_SENTENCES = {
  gold: [
    ['B-per', 'I-per', 'O', 'B-geo', 'O'],
    ['O', 'B-geo', 'I-geo', 'O', 'B-tim', 'O'],
    ['B-org', 'O', 'O', 'O'],
  ],
  predicted: [
    ['B-per', 'I-per', 'O', 'B-org', 'O'],
    ['O', 'B-geo', 'O', 'O', 'B-tim', 'I-tim'],
    ['B-org', 'O', 'B-per', 'O'],
  ],
};
