import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildViewer } from '../index';
import { launchBrowser, screenshotPath, type TestBrowser } from './support/browser';
import { startFrameHost, type FrameHost } from './support/frame-host';
import { startTestServer, type TestServer } from './support/server';

let host: FrameHost;
let allowed: TestServer;
let strict: TestServer;
let browser: TestBrowser;

beforeAll(async () => {
  vi.setConfig({ expect: { poll: { timeout: 15_000, interval: 100 } } });
  await buildViewer();
  host = await startFrameHost();
  [allowed, strict] = await Promise.all([
    startTestServer({ frameAncestors: ["'self'", host.origin] }),
    startTestServer(),
  ]);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await Promise.all([allowed?.close(), strict?.close(), host?.close()]);
});

type KgWindow = {
  __kg: {
    ctl: {
      state: { hoveredNode?: string };
      renderer: {
        refresh(): void;
        getNodeDisplayData(n: string): { x: number; y: number } | undefined;
        framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number };
        getContainer(): HTMLElement;
      };
    };
  };
};

/** Share of non-white pixels in the sigma node layer inside the frame. */
const framePixels = (frame: Frame) =>
  frame.evaluate(() => {
    const r = (window as unknown as KgWindow).__kg.ctl.renderer;
    r.refresh();
    const src = r.getContainer().querySelector('canvas.sigma-nodes') as HTMLCanvasElement;
    const c = document.createElement('canvas');
    c.width = src.width;
    c.height = src.height;
    const ctx = c.getContext('2d')!;
    ctx.drawImage(src, 0, 0);
    const d = ctx.getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 0; i < d.length; i += 4) if (d[i + 3] > 0 && d[i] + d[i + 1] + d[i + 2] < 700) n++;
    return n / (d.length / 4);
  });

async function openReport(page: Page, embedUrl: string, hidden = false): Promise<void> {
  await page.goto(
    `${host.origin}/?src=${encodeURIComponent(embedUrl)}${hidden ? '&hidden=1' : ''}`,
  );
}

const childFrame = (page: Page) => page.frames().find((f) => f !== page.mainFrame());

describe('embed in a report (browser)', () => {
  describe('#frame-ancestors', () => {
    it('should render and answer hover inside an iframe on an allowed origin, read-only', async () => {
      const { page, errors } = await browser.newPage({ width: 900, height: 700 });
      const calls: string[] = [];
      page.on('request', (r) => {
        if (r.url().startsWith(`${allowed.url}/api/`)) calls.push(`${r.method()} ${r.url()}`);
      });
      await openReport(page, `${allowed.url}/embed?title=Embedded%20view`);
      await expect.poll(() => childFrame(page)?.url() ?? '').toContain('/embed');
      const frame = childFrame(page)!;
      await frame.waitForSelector('body[data-ready]', { timeout: 60_000 });
      const ready = await frame.getAttribute('body', 'data-ready');
      expect(ready, (await frame.textContent('#fatal')) ?? '').toBe('true');
      await page.waitForTimeout(1000);
      expect(await framePixels(frame)).toBeGreaterThan(0.001);
      expect(await frame.locator('.view-title h1').textContent()).toBe('Embedded view');
      // Read-only: no toolbar (share, save, Cypher), no console, no ingest.
      expect(await frame.locator('#toolbar').evaluate((el) => el.childElementCount)).toBe(0);
      expect(await frame.locator('#cypher').isVisible()).toBe(false);
      expect(await frame.getByRole('button', { name: /Save view|Cypher|Share/ }).count()).toBe(0);

      const point = await frame.evaluate(() => {
        const r = (window as unknown as KgWindow).__kg.ctl.renderer;
        const p = r.framedGraphToViewport(r.getNodeDisplayData('BLR')!);
        const box = r.getContainer().getBoundingClientRect();
        return { x: p.x + box.left, y: p.y + box.top };
      });
      const iframe = (await page.locator('#kg').boundingBox())!;
      await page.mouse.move(iframe.x + point.x - 30, iframe.y + point.y - 30);
      await page.mouse.move(iframe.x + point.x, iframe.y + point.y, { steps: 4 });
      await expect
        .poll(() =>
          frame.evaluate(() => (window as unknown as KgWindow).__kg.ctl.state.hoveredNode),
        )
        .toBe('BLR');
      await page.waitForTimeout(300);
      await page.screenshot({ path: screenshotPath('20-embed-cross-origin-hover') });
      expect(calls.length).toBeGreaterThan(0);
      expect(calls.filter((c) => !c.startsWith('GET '))).toEqual([]);
      expect(errors).toEqual([]);
    });

    it('should start once a frame that was hidden (zero size) is shown', async () => {
      const { page, errors } = await browser.newPage({ width: 900, height: 700 });
      await openReport(page, `${allowed.url}/embed`, true);
      await expect.poll(() => childFrame(page)?.url() ?? '').toContain('/embed');
      const frame = childFrame(page)!;
      await frame.waitForLoadState('load');
      await page.waitForTimeout(1500);
      expect(await frame.getAttribute('body', 'data-ready')).toBeNull();
      await page.evaluate(() => document.getElementById('kg')!.style.removeProperty('display'));
      await frame.waitForSelector('body[data-ready]', { timeout: 60_000 });
      expect(await frame.getAttribute('body', 'data-ready')).toBe('true');
      await page.waitForTimeout(800);
      expect(await framePixels(frame)).toBeGreaterThan(0.001);
      expect(errors).toEqual([]);
    });

    it("should be refused by a page on another origin under the default frame-ancestors 'self'", async () => {
      const { page } = await browser.newPage({ width: 900, height: 700 });
      const refused: string[] = [];
      page.on('console', (m) => /frame-ancestors/.test(m.text()) && refused.push(m.text()));
      await openReport(page, `${strict.url}/embed`);
      await expect.poll(() => refused.length).toBeGreaterThan(0);
      await page.waitForTimeout(1500);
      const frame = childFrame(page);
      const ready = await frame
        ?.locator('body[data-ready]')
        .count()
        .catch(() => 0);
      expect(ready ?? 0).toBe(0);
      expect(frame?.url() ?? '').not.toContain('/embed?');
      await page.screenshot({ path: screenshotPath('21-embed-refused') });
    });
  });
});
