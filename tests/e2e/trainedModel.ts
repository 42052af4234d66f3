import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { payloadOf } from '../fixtures/share/hostileLinks';

const csv = readFileSync(new URL('../fixtures/engine/people-places.csv', import.meta.url), 'utf8');

/** Text like the people-places training data. */
export const PEOPLE_PLACES_TEXT = 'Yesterday, Maria Lopez met officials in Oslo.\n\nAhmed Khan visited officials in Tokyo.';

/**
 * Trains a small `people-places` model in the page's engine (its devtools handle) and stores it
 * in the browser profile: the analysis flow can then be tested where the shipped model is missing.
 */
export async function trainPeoplePlaces(page: Page): Promise<void> {
  await page.getByTestId('backend-name').waitFor({ timeout: 60_000 });
  await page.evaluate(async (text) => {
    const engine = window.nerStudio!.engine;
    await engine.parseDataset(new File([text], 'people-places.csv'));
    await engine.train({ split: { kind: 'fraction', dev: 0, test: 0, seed: 1 }, fromActiveModel: false, name: 'people-places', options: { epochs: 6, batchTokens: 256, seed: 1 } });
    await engine.saveTrainedModel('people-places');
  }, csv);
}

/** A share fragment that opens `text` with a model (the stored `people-places` one, or the shipped one). */
export function linkTo(text: string, model: 'default' | 'people-places', view = 'analyze'): string {
  const ref = model === 'default' ? { kind: 'default' } : { kind: 'stored', key: model };
  return `#/${view}?s=${payloadOf(JSON.stringify({ v: 1, text, model: ref, hidden: [], view }))}`;
}
