import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { datasetReadings, featureRows, FIXTURE_DIR } from './scaleFixtureData';

// scale/'s Python tests compare against these files; stale ones would prove parity with old code.
describe('scale/ fixtures', () => {
  it('test_scale_fixtures_match_what_features_and_readers_compute_now', async () => {
    const stored = async (name: string) => JSON.parse(await readFile(join(FIXTURE_DIR, name), 'utf8')) as unknown;
    expect(await stored('feature_rows.json')).toEqual(await featureRows());
    expect(await stored('datasets.json')).toEqual(await datasetReadings());
  });
});
