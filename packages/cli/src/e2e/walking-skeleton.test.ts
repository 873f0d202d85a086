import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmbeddedStore, type GraphStore } from '@kg/graph-store';
import { createExtractor, readInputs } from '@kg/extractor';
import { CHROMIUM_ARGS, CHROMIUM_EXECUTABLE } from '@kg/viewer';
import { serveStore } from '../serve';

const ROOT = resolve(import.meta.dirname, '../../../..');
const SAMPLE = resolve(ROOT, '../shared/corpus/belarus-2022-04-07.txt');
const ARTIFACTS = resolve(ROOT, 'test-artifacts/e2e');

describe.runIf(existsSync(CHROMIUM_EXECUTABLE))(
  'walking skeleton: article -> graph -> API -> viewer',
  () => {
    let dir: string;
    let store: GraphStore;
    let server: { url: string; close(): Promise<void> };
    let browser: Browser;

    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'kg-e2e-'));
      store = await createEmbeddedStore({ dir: join(dir, 'store') });
      // The shared sample when present (CI has it), else the project's own articles.
      const { inputs } = await readInputs([
        existsSync(SAMPLE) ? SAMPLE : resolve(ROOT, 'data/articles'),
      ]);
      const { result, texts } = createExtractor().extract(inputs);
      await store.ingest(result, texts);
      server = await serveStore(store, { KG_LOG_LEVEL: 'silent' }, { port: 0, host: '127.0.0.1' });
      browser = await chromium.launch({
        executablePath: CHROMIUM_EXECUTABLE,
        args: [...CHROMIUM_ARGS],
      });
      await mkdir(ARTIFACTS, { recursive: true });
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close();
      await rm(dir, { recursive: true, force: true });
    });

    it('should draw the graph, find Lukashenko and show Belarus in the details panel', async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(server.url);
      await page.waitForFunction(() => {
        const canvases = [...document.querySelectorAll('canvas')];
        return canvases.some((c) => c.width > 0 && c.height > 0);
      });
      await page.waitForTimeout(1500);
      const png = await page.screenshot({ path: join(ARTIFACTS, 'graph.png') });
      expect(png.length).toBeGreaterThan(10_000);
      // The WebGL canvas is not blank: sample pixels of the screenshot's graph area through the page.
      const painted = await page.evaluate(async (b64) => {
        const img = new Image();
        img.src = `data:image/png;base64,${b64}`;
        await img.decode();
        const c = document.createElement('canvas');
        c.width = img.width;
        c.height = img.height;
        const ctx = c.getContext('2d')!;
        ctx.drawImage(img, 0, 0);
        const data = ctx.getImageData(0, 0, c.width, c.height).data;
        const seen = new Set<number>();
        for (let i = 0; i < data.length; i += 4 * 97)
          seen.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
        return seen.size;
      }, png.toString('base64'));
      expect(painted).toBeGreaterThan(20);

      const search = page.getByLabel('Search entities', { exact: true });
      await search.fill('Lukashenko');
      await search.press('Enter');
      const panel = page.getByLabel('Entity details', { exact: true });
      await expect.poll(async () => panel.innerText(), { timeout: 15_000 }).toContain('Lukashenko');
      await expect.poll(async () => panel.innerText(), { timeout: 15_000 }).toContain('Belarus');
      await page.screenshot({ path: join(ARTIFACTS, 'details.png') });
      expect(errors).toEqual([]);
    });
  },
);
