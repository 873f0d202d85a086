import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '@kg/graph-store';
import { CHROMIUM_ARGS, CHROMIUM_EXECUTABLE } from '@kg/viewer';
import { ingestPaths } from '../ingest-paths';
import { ServerClient } from '../live/server-client';
import { readServerFile } from '../live/server-file';
import { watchFolder } from '../live/watch-folder';
import { createWatchSink } from '../live/watch-sink';
import { serveStore, type ServedStore } from '../serve';

const ARTIFACTS = resolve(import.meta.dirname, '../../../../test-artifacts/viewer');
const shot = (name: string) => join(ARTIFACTS, `live-${name}.png`);

type Kg = {
  __kg: {
    ctl: {
      graph: { hasNode(id: string): boolean };
      state: { selected?: string };
      select(id: string, o?: { camera?: boolean }): Promise<void>;
    };
  };
};
const hasNode = (page: Page, id: string) =>
  page.evaluate((n) => (window as unknown as Kg).__kg.ctl.graph.hasNode(n), id);
const selected = (page: Page) =>
  page.evaluate(() => (window as unknown as Kg).__kg.ctl.state.selected);

describe.runIf(existsSync(CHROMIUM_EXECUTABLE))('live data in the viewer (browser)', () => {
  let dir: string;
  let served: ServedStore;
  let token: string;
  let browser: Browser;
  let watcher: ReturnType<typeof watchFolder>;
  const inbox = () => join(dir, 'inbox');

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kg-live-viewer-'));
    const env = { KG_DATA_DIR: join(dir, 'data'), KG_BUFFER_POOL_MB: '64', KG_LOG_LEVEL: 'silent' };
    const store = await openStore(env);
    await writeFile(
      join(dir, 'a.txt'),
      'Germany and France signed a trade agreement in Berlin on Monday, officials said.',
    );
    await ingestPaths(store, [join(dir, 'a.txt')]);
    served = await serveStore(
      store,
      env,
      { port: 0, host: '127.0.0.1' },
      { dataDir: env.KG_DATA_DIR },
    );
    if (served.access.mode !== 'generated') throw new Error('expected a generated editor token');
    token = served.access.token;
    await mkdir(inbox());
    const client = new ServerClient(readServerFile(env.KG_DATA_DIR)!, token);
    watcher = watchFolder(inbox(), createWatchSink({ kind: 'server', client }, {}), {
      stableMs: 200,
      debounceMs: 50,
      log: () => undefined,
    });
    await watcher.ready;
    browser = await chromium.launch({
      executablePath: CHROMIUM_EXECUTABLE,
      args: [...CHROMIUM_ARGS],
    });
    await mkdir(ARTIFACTS, { recursive: true });
  });

  afterAll(async () => {
    await watcher?.stop();
    await browser?.close();
    await served?.close();
    await rm(dir, { recursive: true, force: true });
  });

  const open = async (path: string, width = 1440, height = 900) => {
    const page = await (await browser.newContext({ viewport: { width, height } })).newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(served.url + path);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
    // changes made before the page's event stream is open are not announced: wait for it
    // (a plain embed never opens one)
    if (!/^\/embed(?!.*live=1)/.test(path))
      await page.waitForSelector('body[data-live="listening"]', { timeout: 30_000 });
    return { page, errors };
  };

  it('should announce a file dropped into a watched folder, and Refresh should keep the view and show the new actor', async () => {
    const { page, errors } = await open('/?focus=DEU');
    await page.evaluate(() => (window as unknown as Kg).__kg.ctl.select('FRA', { camera: false }));
    expect(await hasNode(page, 'POL')).toBe(false);
    const banner = page.locator('.live-banner');
    expect(await banner.isHidden()).toBe(true);

    await writeFile(
      join(inbox(), 'b.txt'),
      'Germany accused Poland of violating the border agreement on Tuesday, officials said.',
    );
    await banner.waitFor({ state: 'visible', timeout: 30_000 });
    expect(await banner.textContent()).toContain('The graph changed: 1 new document');
    await page.screenshot({ path: shot('banner-1440') });

    // keyboard: Tab reaches Refresh without the banner stealing the focus
    expect(await page.evaluate(() => document.activeElement?.closest('.live-banner'))).toBeNull();
    await banner.getByRole('button', { name: /Refresh/ }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => hasNode(page, 'POL'), { timeout: 30_000 }).toBe(true);
    await banner.waitFor({ state: 'hidden' });
    expect(await hasNode(page, 'DEU')).toBe(true);
    expect(await selected(page)).toBe('FRA');
    expect(new URL(page.url()).searchParams.get('focus')).toBe('DEU');
    await expect.poll(() => page.locator('#stats').textContent()).toContain('2 documents');
    await page.screenshot({ path: shot('refreshed-1440') });
    expect(errors).toEqual([]);
  });

  it('should add a pasted article from the Add articles dialog with the editor token only', async () => {
    const viewer = await open('/');
    expect(await viewer.page.getByRole('button', { name: 'Add articles' }).isHidden()).toBe(true);

    const { page } = await open(`/?focus=FRA#editor=${token}`);
    expect(page.url()).not.toContain(token);
    await page.getByRole('button', { name: 'Add articles' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add articles' });
    await dialog
      .getByLabel('Text')
      .fill('France criticized Italy over the migration agreement on Wednesday, officials said.');
    await dialog.getByLabel('Title (optional)').fill('Paris and Rome');
    await dialog.getByLabel('Date (optional)').fill('2024-05-01');
    await page.screenshot({ path: shot('add-1440') });
    await dialog.getByRole('button', { name: 'Add', exact: true }).click();
    await expect
      .poll(() => dialog.locator('.add-result').textContent(), { timeout: 30_000 })
      .toMatch(/^1 document, \d+ relations? added/);
    await page.screenshot({ path: shot('added-1440') });
    await dialog.getByRole('button', { name: 'Close' }).click();
    await page.locator('.live-banner').waitFor({ state: 'visible', timeout: 30_000 });
    await page
      .locator('.live-banner')
      .getByRole('button', { name: /Refresh/ })
      .click();
    await expect.poll(() => hasNode(page, 'ITA'), { timeout: 30_000 }).toBe(true);
  });

  it('should follow the live graph in /embed only when asked with live=1', async () => {
    const plain = await open('/embed?focus=DEU', 800, 600);
    const live = await open('/embed?focus=DEU&live=1', 800, 600);
    const res = await fetch(`${served.url}/api/documents`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify({
        text: 'Germany and Austria opened talks on energy in Vienna on Friday, officials said.',
      }),
    });
    expect(res.status).toBe(201);
    await live.page.locator('.live-banner').waitFor({ state: 'visible', timeout: 30_000 });
    // no banner element at all: the plain embed never opened the event stream
    expect(await plain.page.locator('.live-banner').count()).toBe(0);
  });

  it('should fit the banner and the dialog on a phone', async () => {
    const { page } = await open(`/?focus=DEU#editor=${token}`, 390, 844);
    const res = await fetch(`${served.url}/api/documents`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify({
        text: 'Spain and Portugal agreed to share water from the Tagus river on Thursday, officials said.',
      }),
    });
    expect(res.status).toBe(201);
    const banner = page.locator('.live-banner');
    await banner.waitFor({ state: 'visible', timeout: 30_000 });
    const box = (await banner.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    await page.screenshot({ path: shot('banner-390') });
    await banner.getByRole('button', { name: 'Dismiss' }).click();
    await banner.waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: 'Show tools' }).click();
    await page.getByRole('button', { name: 'Add articles' }).click();
    await page.getByRole('dialog', { name: 'Add articles' }).waitFor();
    await page.screenshot({ path: shot('add-390') });
    expect((await readFile(join(dir, 'data', 'editor-token'), 'utf8')).trim()).toBe(token);
  });
});
