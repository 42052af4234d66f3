import type { ModelMeta } from '../model/spec';

/**
 * A short fingerprint of everything a model's meta says (name, labels, training, metrics): a
 * retrained model under the same name gets another one, so its articles are re-analysed on opening.
 * FNV-1a, 32 bits: a change detector, not a security measure.
 */
export function modelFingerprint(meta: ModelMeta): string {
  let hash = 0x811c9dc5;
  const json = JSON.stringify(meta);
  for (let i = 0; i < json.length; i++) {
    hash ^= json.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
