/**
 * Small checks for untrusted JSON that name the field at fault ("meta.json training.splits.train
 * must be a whole number ≥ 0"), so a refused bundle says what to fix.
 */
export type FieldCheck = (value: unknown, field: string) => string | undefined;

export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export const text =
  (maxLength = 10_000): FieldCheck =>
  (value, field) =>
    typeof value !== 'string' ? `${field} must be a string` : value.length > maxLength ? `${field} must be at most ${maxLength} characters` : undefined;

export const wholeNumber =
  (min: number, max: number): FieldCheck =>
  (value, field) =>
    Number.isInteger(value) && (value as number) >= min && (value as number) <= max ? undefined : `${field} must be a whole number from ${min} to ${max}`;

export const finiteNumber =
  (min: number, max: number): FieldCheck =>
  (value, field) =>
    typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max ? undefined : `${field} must be a number from ${min} to ${max}`;

export const optional =
  (check: FieldCheck): FieldCheck =>
  (value, field) =>
    value === undefined ? undefined : check(value, field);

/** An object whose every own key maps to a value passing `check` (keys are user text: any name, `__proto__` included). */
export const recordOf =
  (check: FieldCheck, maxKeys: number): FieldCheck =>
  (value, field) => {
    if (!isRecord(value)) return `${field} must be an object`;
    const entries = Object.entries(value);
    if (entries.length > maxKeys) return `${field} must have at most ${maxKeys} entries`;
    for (const [key, item] of entries) {
      const problem = check(item, `${field}.${key}`);
      if (problem) return problem;
    }
    return undefined;
  };

/** An object with these fields (others are ignored). */
export const objectOf =
  (fields: Record<string, FieldCheck>): FieldCheck =>
  (value, field) => {
    if (!isRecord(value)) return `${field} must be an object`;
    for (const [name, check] of Object.entries(fields)) {
      const problem = check(value[name], `${field}.${name}`);
      if (problem) return problem;
    }
    return undefined;
  };

/** A list of at most `max` items, each passing `check`. */
export const listOf =
  (check: FieldCheck, max: number): FieldCheck =>
  (value, field) => {
    if (!Array.isArray(value)) return `${field} must be a list`;
    if (value.length > max) return `${field} must have at most ${max} entries`;
    for (const [i, item] of value.entries()) {
      const problem = check(item, `${field}[${i}]`);
      if (problem) return problem;
    }
    return undefined;
  };

/** `null` or a value passing `check`. */
export const nullable =
  (check: FieldCheck): FieldCheck =>
  (value, field) =>
    value === null ? undefined : check(value, field);
