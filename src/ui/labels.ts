/**
 * How labels look: readable names and colours shared by the highlights, the legend and the graph.
 * Each name says what the label holds by the project's guidelines (docs/annotation-guidelines.md §9):
 * GMB's `gpe` holds nationalities and groups (`American`), not countries (`geo`).
 */

// Maps, not object literals: a user's label may be `__proto__` or `constructor` (issue 26).
const NAMES = new Map(Object.entries({
  per: 'Person',
  org: 'Organization',
  geo: 'Location',
  gpe: 'Nationality or group',
  tim: 'Date or time',
  art: 'Artifact or work',
  eve: 'Event',
  nat: 'Natural phenomenon',
  topic: 'Technology',
}));

// displaCy's palette where a label has a spaCy counterpart (PERSON, ORG, LOC, GPE, DATE, EVENT, WORK_OF_ART).
const COLORS = new Map(Object.entries({
  per: '#aa9cfc',
  org: '#7aecec',
  geo: '#ff9561',
  gpe: '#feca74',
  tim: '#bfe1d9',
  art: '#f0d0ff',
  eve: '#ffeb80',
  nat: '#c5e99b',
  topic: '#ffb3c7',
}));

const EXTRA_COLORS = ['#9cc9cc', '#e4e7d2', '#c887fb', '#bfeeb7', '#f4c28f', '#a8d8ff', '#ffd6a5', '#d0f4de'];

export function labelName(label: string): string {
  return NAMES.get(label.toLowerCase()) ?? label;
}

/** A user's own labels get stable colours from a small palette, by their name. */
export function labelColor(label: string): string {
  const known = COLORS.get(label.toLowerCase());
  if (known) return known;
  let hash = 0;
  for (const char of label) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return EXTRA_COLORS[hash % EXTRA_COLORS.length];
}
