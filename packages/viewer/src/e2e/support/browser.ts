import { mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, CHROMIUM_EXECUTABLE } from '../../chromium';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const ARTIFACTS_DIR = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../../../../../test-artifacts/viewer',
);

export { CHROMIUM_ARGS } from '../../chromium';

export interface TestBrowser {
  browser: Browser;
  newPage(opts?: {
    width?: number;
    height?: number;
  }): Promise<{ page: Page; context: BrowserContext; dialogs: string[]; errors: string[] }>;
  close(): Promise<void>;
}

/**
 * Debian Chromium (never a downloaded browser). playwright-core refuses --user-data-dir in
 * launch() and gives each launch a fresh temporary profile itself, which is what we want.
 */
export async function launchBrowser(): Promise<TestBrowser> {
  await mkdir(ARTIFACTS_DIR, { recursive: true });
  const browser = await chromium.launch({
    executablePath: CHROMIUM_EXECUTABLE,
    args: [...CHROMIUM_ARGS],
  });
  return {
    browser,
    async newPage({ width = 1280, height = 800 } = {}) {
      const context = await browser.newContext({
        viewport: { width, height },
        acceptDownloads: true,
      });
      const page = await context.newPage();
      const dialogs: string[] = [];
      const errors: string[] = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      return { page, context, dialogs, errors };
    },
    async close() {
      await browser.close();
    },
  };
}

export const screenshotPath = (name: string) => join(ARTIFACTS_DIR, `${name}.png`);

/** Wait until the app finished its first load (body[data-ready]). */
export async function waitReady(page: Page): Promise<void> {
  await page.waitForSelector('body[data-ready]', { timeout: 30_000 });
  const state = await page.getAttribute('body', 'data-ready');
  if (state !== 'true')
    throw new Error(`viewer failed to start: ${await page.textContent('#fatal')}`);
}

/** Share of non-white pixels in the sigma WebGL node layer (after a synchronous refresh). */
export async function nonBlankRatio(page: Page): Promise<number> {
  return page.evaluate(() => {
    const w = window as unknown as {
      __kg: { ctl: { renderer: { refresh(): void; getContainer(): HTMLElement } } };
    };
    w.__kg.ctl.renderer.refresh();
    const layers = w.__kg.ctl.renderer.getContainer().querySelectorAll('canvas');
    const src = [...layers].find((c) => c.classList.contains('sigma-nodes')) as HTMLCanvasElement;
    const c = document.createElement('canvas');
    c.width = src.width;
    c.height = src.height;
    const ctx = c.getContext('2d')!;
    ctx.drawImage(src, 0, 0);
    const data = ctx.getImageData(0, 0, c.width, c.height).data;
    let painted = 0;
    for (let i = 0; i < data.length; i += 4)
      if (data[i + 3] > 0 && (data[i] < 240 || data[i + 1] < 240 || data[i + 2] < 240)) painted++;
    return painted / (data.length / 4);
  });
}
