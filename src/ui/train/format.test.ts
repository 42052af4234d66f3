import { describe, expect, it } from 'vitest';
import { count, duration, fileSize, percent, plural, supportNote } from './format';

describe('format', () => {
  it('writes ratios as percentages', () => {
    expect(percent(0.8734)).toBe('87.3%');
    expect(percent(1, 0)).toBe('100%');
  });

  it('writes durations a person reads at a glance', () => {
    expect(duration(4.4)).toBe('4 s');
    expect(duration(65)).toBe('1 min 05 s');
    expect(duration(3725)).toBe('1 h 02 min');
    expect(duration(Infinity)).toBe('—');
  });

  it('writes counts and sizes', () => {
    expect(count(1234567)).toBe('1,234,567');
    expect(fileSize(900)).toBe('900 B');
    expect(fileSize(1536)).toBe('1.5 KB');
    expect(fileSize(64 * 1024 * 1024)).toBe('64.0 MB');
    expect(plural(1, 'sentence')).toBe('1 sentence');
    expect(plural(2000, 'sentence')).toBe('2,000 sentences');
  });

  it('test_supportNote_labels_a_figure_with_its_support_and_warns_below_twenty_entities', () => {
    expect(supportNote(1)).toBe('on 1 entity, too few for a reliable figure');
    expect(supportNote(19)).toBe('on 19 entities, too few for a reliable figure');
    expect(supportNote(1234)).toBe('on 1,234 entities');
  });
});
