/**
 * npm run docs:screenshots — pictures of the built app for the README: the Analyze view and the
 * Graph view of the example article, in Debian's Chromium headless. Writes docs/analyze.png and docs/graph.png.
 */
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
  console.log('wrote docs/analyze.png, docs/graph.png');
} finally {
  await browser.close();
  await app.close();
}
