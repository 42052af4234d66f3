/**
 * A small GMB-format news corpus written for the e2e suite (not taken from GMB): news sentences
 * built from a few templates and name lists, in GMB's columns and labels (geo, gpe, org, per, tim).
 * Like the GMB corpus it has no TOPIC, which is what the fine-tune test needs.
 */
type Word = [word: string, pos: string, tag: string];

const PEOPLE: Word[][] = [
  [['Angela', 'NNP', 'B-per'], ['Merkel', 'NNP', 'I-per']],
  [['Kofi', 'NNP', 'B-per'], ['Annan', 'NNP', 'I-per']],
  [['Hugo', 'NNP', 'B-per'], ['Chavez', 'NNP', 'I-per']],
  [['Tony', 'NNP', 'B-per'], ['Blair', 'NNP', 'I-per']],
  [['Hamid', 'NNP', 'B-per'], ['Karzai', 'NNP', 'I-per']],
];
const PLACES: Word[][] = [[['Baghdad', 'NNP', 'B-geo']], [['Kabul', 'NNP', 'B-geo']], [['London', 'NNP', 'B-geo']], [['Caracas', 'NNP', 'B-geo']], [['Geneva', 'NNP', 'B-geo']]];
const GROUPS: Word[][] = [
  [['the', 'DT', 'O'], ['United', 'NNP', 'B-org'], ['Nations', 'NNP', 'I-org']],
  [['NATO', 'NNP', 'B-org']],
  [['the', 'DT', 'O'], ['European', 'NNP', 'B-org'], ['Union', 'NNP', 'I-org']],
  [['the', 'DT', 'O'], ['World', 'NNP', 'B-org'], ['Bank', 'NNP', 'I-org']],
];
const NATIONS: Word[][] = [[['Iraqi', 'JJ', 'B-gpe']], [['Afghan', 'JJ', 'B-gpe']], [['British', 'JJ', 'B-gpe']], [['Venezuelan', 'JJ', 'B-gpe']]];
const TIMES: Word[][] = [[['Monday', 'NNP', 'B-tim']], [['Tuesday', 'NNP', 'B-tim']], [['last', 'JJ', 'O'], ['week', 'NN', 'O']], [['Friday', 'NNP', 'B-tim']]];

const w = (text: string, pos = 'NN'): Word => [text, pos, 'O'];

const TEMPLATES: ((i: number) => Word[])[] = [
  (i) => [...PEOPLE[i % 5], w('met', 'VBD'), ...PEOPLE[(i + 2) % 5], w('in', 'IN'), ...PLACES[i % 5], w('on', 'IN'), ...TIMES[i % 4], w('.', '.')],
  (i) => [...NATIONS[i % 4], w('officials', 'NNS'), w('say', 'VBP'), ...GROUPS[i % 4], w('will', 'MD'), w('send', 'VB'), w('aid', 'NN'), w('to', 'TO'), ...PLACES[(i + 1) % 5], w('.', '.')],
  (i) => [w('Police', 'NNS'), w('in', 'IN'), ...PLACES[(i + 3) % 5], w('arrested', 'VBD'), w('two', 'CD'), w('men', 'NNS'), ...TIMES[(i + 1) % 4], w(',', ','), w('a', 'DT'), w('spokesman', 'NN'), w('said', 'VBD'), w('.', '.')],
  (i) => [...GROUPS[(i + 1) % 4], w('said', 'VBD'), ...PEOPLE[(i + 4) % 5], w('will', 'MD'), w('visit', 'VB'), ...PLACES[(i + 2) % 5], w('next', 'JJ'), w('month', 'NN'), w('.', '.')],
];

/** `sentences` sentences as a GMB CSV (`Sentence #,Word,POS,Tag`). */
export function gmbNewsCsv(sentences: number): string {
  const lines = ['Sentence #,Word,POS,Tag'];
  for (let s = 0; s < sentences; s++) {
    const words = TEMPLATES[s % TEMPLATES.length](Math.floor(s / TEMPLATES.length) + s);
    const csv = (field: string) => (field.includes(',') ? `"${field}"` : field);
    words.forEach(([word, pos, tag], k) => lines.push(`${k === 0 ? `Sentence: ${s + 1}` : ''},${csv(word)},${csv(pos)},${tag}`));
  }
  return `${lines.join('\n')}\n`;
}
