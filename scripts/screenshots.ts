/**
 * npm run docs:screenshots — pictures of the built app for the README: the Analyze view and the
 * Graph view of the example article, and the Library with the example and the e2e fixture articles
 * imported, in Debian's Chromium headless. Writes docs/analyze.png, docs/graph.png and docs/library.png.
 */
import path from 'node:path';
import { launchChromium } from '../tests/e2e/browser';
import { serveBuiltApp } from '../bench/appServer';

const app = await serveBuiltApp();
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, deviceScaleFactor: 1 });
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Try an example' }).click();
  await page.locator('[data-testid="highlights"] mark.entity').first().waitFor({ timeout: 120_000 });
  await page.screenshot({ path: 'docs/analyze.png' });
  await page.getByRole('link', { name: 'Graph' }).click();
  await page.locator('[data-testid="graph-canvas"][data-layout-ms]').waitFor({ timeout: 60_000 });
  await page.waitForTimeout(500);
  await page.screenshot({ path: 'docs/graph.png' });
  await page.getByRole('link', { name: 'Analyze' }).click();
  await page.getByRole('button', { name: 'Save to library' }).click();
  await page.getByText('Saved to the library.').waitFor();
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Library' }).click();
  const fixtures = path.resolve(import.meta.dirname, '../tests/fixtures/library');
  const files = ['article-merkel.txt', 'article-macron.txt', 'folder/toyota.txt', 'folder/nasa.md', 'folder/election.html'].map((name) => path.join(fixtures, name));
  await page.getByTestId('bulk-import-input').setInputFiles(files);
  await page.locator('[data-testid="import-progress"][data-status="done"]').waitFor({ timeout: 120_000 });
  await page.getByRole('button', { name: 'Merkel visits Paris' }).click();
  await page.getByTestId('related-item').first().waitFor();
  await page.screenshot({ path: 'docs/library.png' });
  console.log('wrote docs/analyze.png, docs/graph.png, docs/library.png');
} finally {
  await browser.close();
  await app.close();
}
