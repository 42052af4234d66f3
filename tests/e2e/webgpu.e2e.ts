import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { EXAMPLE_ARTICLE } from '../../src/ui/analyze/exampleArticle';
import { highlightMarks, launchChromium, openClipboardPage, pasteArticle, type HighlightMark } from './browser';

const baseUrl = inject('baseUrl');

/**
 * Debian's headless Chromium offers WebGPU only with --enable-unsafe-webgpu, and then only its
 * SwiftShader fallback adapter (vendor "google", architecture "swiftshader", isFallbackAdapter true);
 * without the flag navigator.gpu exists but requestAdapter() gives null (docs/architecture.md).
 */
const UNSAFE_WEBGPU = ['--enable-unsafe-webgpu'];

async function analyzedMarks(page: Page): Promise<HighlightMark[]> {
  await pasteArticle(page, { 'text/plain': EXAMPLE_ARTICLE });
  await page.locator('[data-testid="analysis"][data-current="true"]').waitFor({ timeout: 180_000 });
  await expect.poll(() => page.getByText(/rendering…/).count(), { timeout: 60_000 }).toBe(0);
  return highlightMarks(page);
}

describe('WebGPU on the software adapter (--enable-unsafe-webgpu)', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium(UNSAFE_WEBGPU);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('runs tfjs on webgpu in the engine worker with ?backend=webgpu and finds what wasm finds in the shipped model\'s analysis', async () => {
    const gpu = await openClipboardPage(browser, `${baseUrl}?backend=webgpu`);
    await expect.poll(() => gpu.page.getByTestId('backend-name').textContent(), { timeout: 60_000 }).toBe('webgpu');
    const info = await gpu.page.evaluate(() => window.nerStudio!.engine.backendInfo());
    expect(info).toMatchObject({ backend: 'webgpu', requested: 'webgpu', renderer: 'google swiftshader', softwareRendered: true, webglVersion: null, failures: [] });
    await expect(gpu.page.locator('.backend').textContent()).resolves.toMatch(/^Runs on the WebGPU in software \(no GPU\)/);
    const onGpu = await analyzedMarks(gpu.page);
    // Still on webgpu after the analysis: nothing fell back on the way.
    expect((await gpu.page.evaluate(() => window.nerStudio!.engine.backendInfo())).backend).toBe('webgpu');

    const cpu = await openClipboardPage(browser, `${baseUrl}?backend=wasm`);
    const onWasm = await analyzedMarks(cpu.page);
    expect(onWasm.length).toBeGreaterThan(10);
    expect(onGpu.map(({ text, label, start, end }) => ({ text, label, start, end })))
      .toEqual(onWasm.map(({ text, label, start, end }) => ({ text, label, start, end })));
    expect(gpu.errors).toEqual([]);
    expect(cpu.errors).toEqual([]);
    await gpu.page.close();
    await cpu.page.close();
  });

  it('does not choose the software adapter by itself: wasm, with WebGPU\'s reason recorded', async () => {
    const { page, errors } = await openClipboardPage(browser, baseUrl);
    await expect.poll(() => page.getByTestId('backend-name').textContent(), { timeout: 60_000 }).toBe('wasm');
    const info = await page.evaluate(() => window.nerStudio!.engine.backendInfo());
    expect(info.requested).toBeNull();
    expect(info.failures[0]).toEqual({ backend: 'webgpu', reason: expect.stringMatching(/^WebGPU is software-rendered here .*\(google swiftshader\)$/) });
    expect(info.failures[1]).toMatchObject({ backend: 'webgl', reason: expect.stringMatching(/software-rendered/) });
    await expect(page.locator('.backend').getAttribute('title')).resolves.toMatch(/webgpu: WebGPU is software-rendered/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('recovers from a lost WebGPU device like a lost WebGL context: an error or a result, never a hang, then wasm', async () => {
    const { page, errors } = await openClipboardPage(browser, `${baseUrl}?backend=webgpu`);
    await expect.poll(() => page.getByTestId('backend-name').textContent(), { timeout: 60_000 }).toBe('webgpu');
    const result = await page.evaluate(async () => {
      const engine = window.nerStudio!.engine;
      await engine.analyze('Maria Lopez met officials in Oslo.');
      await engine.simulateContextLoss();
      const during = await engine.analyze('Maria Lopez met officials in Oslo.').then(
        () => 'result',
        (error: Error) => `${error.name}: ${error.message}`,
      );
      const info = await engine.backendInfo();
      const after = await engine.analyze('Maria Lopez met officials in Oslo.');
      return { during, backend: info.backend, failures: info.failures, mentions: after.mentions.map((mention) => mention.text) };
    });
    expect(result.during).toMatch(/^(result|ContextLostError: The WebGPU device was lost)/);
    expect(result.backend).toBe('wasm');
    expect(result.failures[0]).toEqual({ backend: 'webgpu', reason: expect.stringMatching(/^the WebGPU device was lost/) });
    expect(result.mentions).toEqual(expect.arrayContaining(['Maria Lopez', 'Oslo']));
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('WebGPU without a usable adapter (Chromium headless, default flags)', () => {
  it('falls back from ?backend=webgpu with the reason shown, skipping software WebGL as the automatic choice would', async () => {
    const browser = await launchChromium();
    try {
      const { page, errors } = await openClipboardPage(browser, `${baseUrl}?backend=webgpu`);
      await expect.poll(() => page.getByTestId('backend-name').textContent(), { timeout: 60_000 }).toBe('wasm');
      await expect(page.getByTestId('backend-fallback').textContent()).resolves
        .toBe(' · WebGPU was asked for but did not start: this browser has WebGPU but offers no GPU adapter for it');
      await expect(page.locator('.backend').getAttribute('title')).resolves.toMatch(/webgpu: this browser has WebGPU but offers no GPU adapter/);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
