import { describe, expect, it } from 'vitest';
import { GOOD_META, HOSTILE_METAS, PROTO_LABEL_META } from '../../../tests/fixtures/hostile/hostileMetas';
import { checkStoredRecord } from './storedRecord';
import { validateMeta } from './validateMeta';

describe('validateMeta', () => {
  it('validate meta accepts the fixture base', () => {
    expect(validateMeta(GOOD_META)).toEqual({ ok: true, meta: GOOD_META });
  });

  it.each(HOSTILE_METAS)('validate meta refuses $name naming the field', ({ meta, field }) => {
    const result = validateMeta(meta);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.startsWith(`meta.json ${field} `)).toBe(true);
  });

  it('validate meta accepts labels named like prototype members', () => {
    expect(validateMeta(PROTO_LABEL_META).ok).toBe(true);
  });
});

describe('checkStoredRecord', () => {
  const files = { 'meta.json': new Uint8Array([123, 125]) };
  const good = { key: 'm', savedAt: '2026-01-02T03:04:05.000Z', meta: GOOD_META, files };

  it('stored record good reads back', () => {
    expect(checkStoredRecord(good, 'm')).toEqual({ ok: true, key: 'm', savedAt: good.savedAt, meta: GOOD_META });
  });

  it('stored record bad is listed as broken with its reason', () => {
    const cases: [unknown, RegExp][] = [
      [null, /not an object/],
      [{ ...good, savedAt: 42 }, /savedAt/],
      [{ ...good, files: { 'meta.json': 'text' } }, /bundle files/],
      [{ ...good, meta: { ...GOOD_META, metrics: {} } }, /metrics\.split/],
    ];
    for (const [record, reason] of cases) {
      const checked = checkStoredRecord(record, 'm');
      expect(checked.ok).toBe(false);
      if (!checked.ok) expect(checked.problem).toMatch(reason);
    }
  });
});
