import { entityKey, surfaceForm } from './entityKey';
import type { Entity, Mention } from './types';

interface Group<M extends Mention> {
  entity: Entity<M>;
  /** Surface form → count, in first-seen order (Map keeps insertion order). */
  forms: Map<string, number>;
}

/**
 * The unique entities of a list of mentions, keyed by label and normalised text (`entityKey`),
 * sorted by count (descending), then first position, then key. Each entity's display text is its
 * most frequent surface form, ties going to the first seen.
 */
export function documentEntities<M extends Mention>(mentions: readonly M[]): Entity<M>[] {
  const groups = new Map<string, Group<M>>();
  for (const mention of mentions) {
    const key = entityKey(mention.label, mention.text);
    let group = groups.get(key);
    if (group === undefined) {
      group = {
        entity: { key, label: mention.label, text: '', count: 0, firstStart: mention.start, mentions: [] },
        forms: new Map(),
      };
      groups.set(key, group);
    }
    const { entity, forms } = group;
    entity.count += 1;
    entity.firstStart = Math.min(entity.firstStart, mention.start);
    entity.mentions.push(mention);
    const form = surfaceForm(mention.text);
    forms.set(form, (forms.get(form) ?? 0) + 1);
  }
  const entities = [...groups.values()].map(({ entity, forms }) => ({ ...entity, text: mostFrequent(forms) }));
  return entities.sort(
    (a, b) => b.count - a.count || a.firstStart - b.firstStart || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
}

/** The key with the highest count; the first inserted wins a tie. */
function mostFrequent(counts: ReadonlyMap<string, number>): string {
  let best = '';
  let bestCount = 0;
  for (const [form, count] of counts) {
    if (count > bestCount) {
      best = form;
      bestCount = count;
    }
  }
  return best;
}
