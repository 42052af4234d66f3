/** How numbers read on the Train and Models views. */

/** 0.8734 → "87.3%" (ratios in [0, 1], as core/eval gives them). */
export function percent(ratio: number, digits = 1): string {
  return `${(ratio * 100).toFixed(digits)}%`;
}

/** 12345 → "12,345". */
export function count(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}

/** 65 → "1 min 05 s"; 3725 → "1 h 02 min"; under a minute, whole seconds. */
export function duration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '—';
  const whole = Math.round(seconds);
  if (whole < 60) return `${whole} s`;
  const minutes = Math.floor(whole / 60);
  if (minutes < 60) return `${minutes} min ${String(whole % 60).padStart(2, '0')} s`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
}

/** 1536 → "1.5 KB"; bytes in binary units, as file managers show them. */
export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function plural(value: number, word: string, many = `${word}s`): string {
  return `${count(value)} ${value === 1 ? word : many}`;
}

/** Below this many gold entities a held-out F1 moves by whole points with each entity. */
const FEW_ENTITIES = 20;

/** "on 1 entity, too few for a reliable figure" / "on 1,234 entities": the support a figure rests on. */
export function supportNote(entities: number): string {
  const base = `on ${count(entities)} ${entities === 1 ? 'entity' : 'entities'}`;
  return entities < FEW_ENTITIES ? `${base}, too few for a reliable figure` : base;
}
