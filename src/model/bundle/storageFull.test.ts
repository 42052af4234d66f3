import { describe, expect, it } from 'vitest';
import { storageError } from './storageFull';

/** What Chromium's IndexedDB gave the probe of issue 26 under a 12 MB quota: a QuotaExceededError, sometimes without a message. */
const QUOTA_ERRORS = [new DOMException('', 'QuotaExceededError'), new DOMException('The quota has been exceeded.', 'QuotaExceededError')];

describe('storageError', () => {
  it.each(QUOTA_ERRORS)('storage full says the size needed and what to delete %#', async (error) => {
    const mapped = await storageError(error, 'the model "big"', 3.5 * 1024 * 1024, async () => ({ usage: 11.5 * 1024 * 1024, quota: 12 * 1024 * 1024 }));
    expect(mapped.message).toBe(
      'this browser has no room to store the model "big" (it needs about 3.5 MB; 11.5 MB of this site\'s 12.0 MB are in use). Delete a model you no longer need in Models, or free disk space, then try again',
    );
  });

  it('storage error without a message still says what failed', async () => {
    expect((await storageError(new DOMException('', 'UnknownError'), 'the model "m"', 10)).message).toBe('the model "m" could not be stored in this browser (UnknownError)');
    const kept = new Error('disk on fire');
    expect(await storageError(kept, 'x', 1)).toBe(kept);
  });
});
