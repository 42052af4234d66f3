import { describe, expect, it } from 'vitest';
import { formatTag, parseTag, parseTagOrOutside } from './parseTag';

describe('parseTag', () => {
  it('reads O and prefixed tags', () => {
    expect(parseTag('O')).toEqual({ ok: true, prefix: 'O', label: '' });
    expect(parseTag('B-geo')).toEqual({ ok: true, prefix: 'B', label: 'geo' });
    expect(parseTag('I-per')).toEqual({ ok: true, prefix: 'I', label: 'per' });
    expect(parseTag('E-org')).toEqual({ ok: true, prefix: 'E', label: 'org' });
    expect(parseTag('S-tim')).toEqual({ ok: true, prefix: 'S', label: 'tim' });
  });

  it('reads BILOU letters as their BIOES equivalents', () => {
    expect(parseTag('L-org')).toEqual({ ok: true, prefix: 'E', label: 'org' });
    expect(parseTag('U-org')).toEqual({ ok: true, prefix: 'S', label: 'org' });
  });

  it('splits at the first hyphen only, as conlleval does', () => {
    expect(parseTag('B-geo-nam')).toEqual({ ok: true, prefix: 'B', label: 'geo-nam' });
  });

  it('returns an error value for malformed tags', () => {
    expect(parseTag('X-per')).toEqual({
      ok: false,
      error: 'tag "X-per" has an unknown prefix "X": expected B, I, E, S, L or U',
    });
    expect(parseTag('B-')).toEqual({ ok: false, error: 'tag "B-" has no label after "B-"' });
    expect(parseTag('per')).toEqual({
      ok: false,
      error: 'tag "per" has no prefix: expected O, or B-, I-, E-, S- (L-, U-) and a label',
    });
    expect(parseTag('O-per').ok).toBe(false);
    expect(parseTag('').ok).toBe(false);
    expect(parseTag('b-per').ok).toBe(false);
    expect(parseTag('B-new york')).toEqual({ ok: false, error: 'tag "B-new york" has white space in its label' });
  });

  it('does not mistake Object.prototype names for prefixes', () => {
    expect(parseTag('constructor-per').ok).toBe(false);
  });

  it('reads malformed tags as O when asked to be lenient', () => {
    expect(parseTagOrOutside('X-per')).toEqual({ prefix: 'O', label: '' });
    expect(parseTagOrOutside('I-per')).toEqual({ prefix: 'I', label: 'per' });
  });

  it('formats tags back', () => {
    expect(formatTag('O', '')).toBe('O');
    expect(formatTag('B', 'geo')).toBe('B-geo');
  });
});
