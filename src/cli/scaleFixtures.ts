/** npm run scale:fixtures — writes scale/tests/fixtures/{feature_rows,datasets}.json from the TS code (see scaleFixtureData.ts). */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { datasetReadings, featureRows, FIXTURE_DIR } from './scaleFixtureData';

await writeFile(join(FIXTURE_DIR, 'feature_rows.json'), `${JSON.stringify(await featureRows())}\n`);
await writeFile(join(FIXTURE_DIR, 'datasets.json'), `${JSON.stringify(await datasetReadings(), null, 1)}\n`);
console.log(`wrote ${FIXTURE_DIR}/feature_rows.json and ${FIXTURE_DIR}/datasets.json`);
