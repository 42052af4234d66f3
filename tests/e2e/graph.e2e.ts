import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Download, Page } from 'playwright-core';
import { launchChromium, openPage, pasteFromClipboard } from './browser';

const baseUrl = inject('baseUrl');
const TEXT = 'Google bought a company in London. Google hired engineers from Microsoft in Seattle. Microsoft said Google would compete in London.';

/** Cytoscape registers each instance on its container element (`_cyreg`): no app hook is needed. */
type CyContainer = HTMLElement & { _cyreg: { cy: import('cytoscape').Core } };

describe('graph view', () => {
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseUrl).origin });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('says there is nothing to draw before a text is analysed, and links to Analyze', async () => {
    const { page, errors } = await openPage(context, `${baseUrl}#/graph`);
    await expect.poll(() => page.getByRole('heading', { name: 'Entity graph' }).isVisible()).toBe(true);
    await expect(page.getByText('No text has been analysed yet.').isVisible()).resolves.toBe(true);
    await page.getByRole('link', { name: 'Analyze a text' }).click();
    expect(new URL(page.url()).hash).toBe('#/analyze');
    expect(errors).toEqual([]);
    await page.close();
  });

  describe('with the shipped model', () => {
    let page: Page;
    let errors: string[];

    beforeAll(async () => {
      ({ page, errors } = await openPage(context, baseUrl));
      const input = page.getByLabel(/Paste an article/);
      await input.focus();
      await pasteFromClipboard(page, { 'text/plain': TEXT });
      // Analysis may start by itself or from a button, depending on the Analyze view.
      const analyze = page.getByRole('button', { name: /^analy[sz]e/i });
      if ((await analyze.count()) > 0) await analyze.first().click();
      await page.locator('[data-testid="highlights"] mark.entity').first().waitFor({ timeout: 90_000 });
      await page.getByRole('link', { name: 'Graph' }).click();
      await page.locator('[data-testid="graph-canvas"][data-layout-ms]').waitFor({ timeout: 30_000 });
    });
    afterAll(async () => {
      await page?.close();
    });

    it('draws the hubs and entities of the text, listed for keyboard and screen-reader users', async () => {
      const listed = await page.locator('[data-testid="graph-nodes"] [data-node-id]').evaluateAll((items) => items.map((item) => item.getAttribute('data-node-id')));
      expect(listed).toEqual(expect.arrayContaining(['hub:org', 'hub:geo']));
      expect(listed).toEqual(
        expect.arrayContaining(['entity:org google', 'entity:org microsoft', 'entity:geo london', 'entity:geo seattle']),
      );
      const drawn = await page.getByTestId('graph-canvas').evaluate((container) => (container as CyContainer)._cyreg.cy.nodes().map((node) => node.id()));
      expect([...drawn].sort()).toEqual([...listed].sort());
      expect(errors).toEqual([]);
    });

    it('lists the sentences of a clicked entity with the entity marked, and jumps to it in the text', async () => {
      const canvas = page.getByTestId('graph-canvas');
      const position = await canvas.evaluate((container) => (container as CyContainer)._cyreg.cy.getElementById('entity:org google').renderedPosition());
      const box = (await canvas.boundingBox())!;
      await page.mouse.click(box.x + position.x, box.y + position.y);

      await expect(page.getByTestId('graph-details').getByRole('heading', { level: 3 }).textContent()).resolves.toBe('Google');
      const sentences = page.getByTestId('graph-sentences').locator('li');
      await expect(sentences.count()).resolves.toBe(3);
      await expect(sentences.first().textContent()).resolves.toMatch(/^Google bought a company in London\./);
      await expect(sentences.locator('mark').allTextContents()).resolves.toEqual(['Google', 'Google', 'Google']);
      // The rest of the graph fades; Google and its neighbours stay.
      const faded = await canvas.evaluate((container) => (container as CyContainer)._cyreg.cy.getElementById('entity:org google').hasClass('faded'));
      expect(faded).toBe(false);
      expect(errors).toEqual([]);
    });

    it('exports the whole graph as a PNG at twice its size, and as Cytoscape JSON', async () => {
      const canvas = page.getByTestId('graph-canvas');
      const box = await canvas.evaluate((container) => (container as CyContainer)._cyreg.cy.elements().boundingBox());
      const png = await readDownload(page, () => page.getByRole('button', { name: 'Export PNG' }).click());
      expect(png.suggestedFilename).toBe('entity-graph.png');
      expect(png.bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
      // IHDR follows the signature: length, "IHDR", then width and height as big-endian 32-bit integers.
      expect(png.bytes.toString('latin1', 12, 16)).toBe('IHDR');
      expect([png.bytes.readUInt32BE(16), png.bytes.readUInt32BE(20)]).toEqual([Math.ceil(box.w) * 2, Math.ceil(box.h) * 2]);

      const json = await readDownload(page, () => page.getByRole('button', { name: 'Export JSON' }).click());
      const graph = JSON.parse(json.bytes.toString('utf8')) as { elements: { nodes: { data: { id: string } }[]; edges: unknown[] } };
      expect(graph.elements.nodes.map((node) => node.data.id)).toEqual(expect.arrayContaining(['hub:org', 'entity:org google']));
      expect(errors).toEqual([]);
    });

    it('jumps from a sentence to the mention in the Analyze view', async () => {
      await page.getByTestId('graph-details').getByRole('link', { name: 'Show in text' }).click();
      expect(new URL(page.url()).hash).toBe('#/analyze');
      await expect.poll(() => page.locator('[data-testid="highlights"]').isVisible()).toBe(true);
      expect(errors).toEqual([]);
    });
  });
});

async function readDownload(page: Page, trigger: () => Promise<void>): Promise<{ suggestedFilename: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), trigger()]);
  return { suggestedFilename: download.suggestedFilename(), bytes: await streamToBuffer(download) };
}

async function streamToBuffer(download: Download): Promise<Buffer> {
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
