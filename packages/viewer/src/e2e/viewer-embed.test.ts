import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildViewer } from '../index';
import { launchBrowser, screenshotPath, type TestBrowser } from './support/browser';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { reportPage, startFrameHost, type FrameHost } from './support/frame-host';
import { startTestServer, type TestServer } from './support/server';

let host: FrameHost;
let allowed: TestServer;
let strict: TestServer;
let local: TestServer;
let browser: TestBrowser;

beforeAll(async () => {
  vi.setConfig({ expect: { poll: { timeout: 15_000, interval: 100 } } });
  await buildViewer();
  host = await startFrameHost();
  [allowed, strict, local] = await Promise.all([
    startTestServer({ frameAncestors: ["'self'", host.origin] }),
    startTestServer({ frameAncestors: ["'self'"] }),
    startTestServer(),
  ]);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await Promise.all([allowed?.close(), strict?.close(), local?.close(), host?.close()]);
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

    it("should be refused by a page on another origin under frame-ancestors 'self'", async () => {
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

  describe('#share-snippet', () => {
    /** The Share dialog of `server`'s viewer: its embed code and the check's verdict. */
    async function shareDialog(server: TestServer, size = 'Small 480×360') {
      const { page } = await browser.newPage({ width: 1280, height: 800 });
      await page.goto(server.url + '/');
      await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
      await page.getByRole('button', { name: 'Share' }).click();
      await page.getByLabel('Embed size').selectOption({ label: size });
      const status = page.locator('.embed-check');
      await expect.poll(() => status.textContent()).toMatch(/✓|⚠/);
      return {
        page,
        status,
        snippet: await page.getByLabel('Embed code', { exact: true }).inputValue(),
      };
    }

    async function embeddedReady(page: Page): Promise<Frame> {
      await expect.poll(() => childFrame(page)?.url() ?? '').toContain('/embed');
      const frame = childFrame(page)!;
      await frame.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
      await page.waitForTimeout(800);
      expect(await framePixels(frame)).toBeGreaterThan(0.001);
      return frame;
    }

    it('should embed from another origin and from a file under the default policy', async () => {
      const { page: dialogPage, status, snippet } = await shareDialog(local);
      expect(await status.textContent()).toContain('✓');
      await dialogPage.screenshot({ path: screenshotPath('22-share-dialog-ok') });

      const web = await browser.newPage({ width: 900, height: 700 });
      await web.page.goto(`${host.origin}/?snippet=${encodeURIComponent(snippet)}`);
      const webFrame = await embeddedReady(web.page);
      // A small frame starts with the legend folded, so the graph is what shows.
      expect(
        await webFrame.locator('#legend details').evaluate((d) => d.hasAttribute('open')),
      ).toBe(false);
      await web.page.screenshot({ path: screenshotPath('23-embed-snippet-other-origin') });

      const dir = await mkdtemp(join(tmpdir(), 'kg-report-'));
      const file = join(dir, 'report.html');
      await writeFile(file, reportPage(snippet));
      const disk = await browser.newPage({ width: 900, height: 700 });
      await disk.page.goto(pathToFileURL(file).href);
      await embeddedReady(disk.page);
      await disk.page.screenshot({ path: screenshotPath('24-embed-snippet-file') });
      expect([...web.errors, ...disk.errors]).toEqual([]);
    });

    it('should warn in the dialog, with the setting to change, when the host would be refused', async () => {
      const { page, status } = await shareDialog(strict);
      expect(await status.textContent()).toMatch(
        /⚠ This server refuses to be framed by a report opened from a file.*KG_FRAME_ANCESTORS="'self',file:"/,
      );
      await page.getByLabel('Report opens from').selectOption('web');
      await page.getByLabel('Report address').fill('https://reports.example/q3.html');
      await expect
        .poll(() => status.textContent())
        .toContain(`KG_FRAME_ANCESTORS="'self',https://reports.example"`);
      await page.screenshot({ path: screenshotPath('25-share-dialog-warning') });
      await page.getByLabel('Report address').fill(strict.url);
      await expect.poll(() => status.textContent()).toContain('✓');
    });
  });
});
