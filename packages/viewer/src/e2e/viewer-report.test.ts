import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ENTITY_TYPE_COLORS, QUAD_CLASS_COLORS } from '../app/colors';
import { renderStandaloneHtml } from '../index';
import { ARTIFACTS_DIR, nonBlankRatio, screenshotPath, waitReady } from './support/browser';
import { useTestbed } from './support/testbed';
import { colourCounts, inspectSvg, pngSize } from './support/images';
import { fixtureStandaloneData } from './support/standalone-data';

const bed = useTestbed();

type Cam = { x: number; y: number; ratio: number };
type KgWindow = {
  __kg: {
    ctl: {
      graph: {
        order: number;
        forEachNode(fn: (id: string, a: { x: number; y: number }) => void): void;
      };
      renderer: { getCamera(): { getState(): Cam } };
    };
  };
  kgExport(o: { format: 'png' | 'svg'; title?: string }): Promise<string>;
};

/** Node positions and camera as the page has them now. */
const snapshot = (page: Page) =>
  page.evaluate(() => {
    const { ctl } = (window as unknown as KgWindow).__kg;
    const positions: Record<string, [number, number]> = {};
    ctl.graph.forEachNode((id, a) => (positions[id] = [a.x, a.y]));
    return { positions, camera: ctl.renderer.getCamera().getState() };
  });

function expectSamePositions(a: Record<string, number[]>, b: Record<string, number[]>) {
  expect(Object.keys(a).sort()).toEqual(Object.keys(b).sort());
  for (const id of Object.keys(a)) {
    expect(a[id][0]).toBeCloseTo(b[id][0], 1);
    expect(a[id][1]).toBeCloseTo(b[id][1], 1);
  }
}

describe('saved views and report exports (browser)', () => {
  describe('#saved-view', () => {
    it('should save a view from the Share dialog and reopen it with positions and camera', async () => {
      const { page, errors } = await bed.browser.newPage();
      await page.goto(
        `${bed.server.url}/?focus=european-union&rels=SANCTIONS,CRITICIZES,HOLDS_ROLE`,
      );
      await waitReady(page);
      await page.waitForTimeout(900);
      await page.getByRole('button', { name: 'Share link or embed code' }).click();
      await page.getByLabel('View name').fill('EU pressure on Belarus');
      await page.getByLabel('View caption').fill('Fixture corpus');
      const before = await snapshot(page);
      await page.getByRole('button', { name: 'Save view' }).click();
      await expect
        .poll(() => page.locator('.share-dialog .field-hint[role=status]').textContent())
        .toMatch(/^Saved/);
      const link = page.getByRole('link', { name: 'EU pressure on Belarus' });
      const href = (await link.getAttribute('href'))!;
      const id = new URL(href).searchParams.get('view')!;
      expect(id).toMatch(/^[A-Za-z0-9_-]{16}$/);
      expect(await page.getByLabel('Permalink', { exact: true }).inputValue()).toBe(href);
      expect(await page.getByLabel('Embed code', { exact: true }).inputValue()).toContain(
        `/embed?view=${id}`,
      );
      await page.screenshot({ path: screenshotPath('22-save-view-dialog') });
      const file = JSON.parse(await readFile(bed.server.viewsFile, 'utf8'));
      expect(file.views[0]).toMatchObject({ id, caption: 'Fixture corpus' });
      expect(file.views[0].state).toMatchObject({ focus: 'european-union' });

      const again = await bed.browser.newPage();
      await again.page.goto(href);
      await waitReady(again.page);
      await expect
        .poll(() => again.page.locator('.entity-name').textContent())
        .toBe('European Union');
      expect(await again.page.getByLabel('SUPPORTS').isChecked()).toBe(false);
      expect(await again.page.getByLabel('SANCTIONS').isChecked()).toBe(true);
      const after = await snapshot(again.page);
      expectSamePositions(after.positions, before.positions);
      expect(after.camera.ratio).toBeCloseTo(before.camera.ratio, 2);
      expect(after.camera.x).toBeCloseTo(before.camera.x, 2);
      await again.page.screenshot({ path: screenshotPath('23-saved-view-reopened') });

      const embed = await bed.browser.newPage({ width: 800, height: 600 });
      await embed.page.goto(`${bed.server.url}/embed?view=${id}`);
      await waitReady(embed.page);
      expectSamePositions((await snapshot(embed.page)).positions, before.positions);
      expect(await embed.page.locator('.view-title p').textContent()).toBe('Fixture corpus');
      expect(errors).toEqual([]);
    });
  });

  describe('#kgExport', () => {
    it('should export a PNG and an SVG with legend, title, date range and sources', async () => {
      const { page } = await bed.browser.newPage();
      await page.goto(`${bed.server.url}/?title=Report%20test`);
      await waitReady(page);
      await page.waitForTimeout(800);
      const dataUrl = await page.evaluate(() =>
        (window as unknown as KgWindow).kgExport({ format: 'png' }),
      );
      const png = Buffer.from(dataUrl.split(',')[1], 'base64');
      await writeFile(join(ARTIFACTS_DIR, '24-report.png'), png);
      const size = pngSize(png);
      const graphBox = (await page.locator('#graph').boundingBox())!;
      expect(size.width).toBe(Math.round(graphBox.width));
      expect(size.height).toBeGreaterThan(Math.round(graphBox.height) + 60);
      const colours = [
        ENTITY_TYPE_COLORS.Country,
        ENTITY_TYPE_COLORS.Person,
        ENTITY_TYPE_COLORS.Organization,
        QUAD_CLASS_COLORS[4],
      ];
      const { counts, painted } = await colourCounts(page, dataUrl, colours);
      expect(painted).toBeGreaterThan(0.02);
      for (const c of colours) expect(counts[c], c).toBeGreaterThan(20);

      const svg = await page.evaluate(() =>
        (window as unknown as KgWindow).kgExport({ format: 'svg' }),
      );
      await writeFile(join(ARTIFACTS_DIR, '24-report.svg'), svg);
      const doc = await inspectSvg(page, svg);
      expect(doc.error).toBeNull();
      expect(doc.root).toBe('svg');
      expect(doc.scripts).toBe(0);
      expect(doc.nodeCircles).toBe(8);
      expect(doc.legend).toContain('Country (2)');
      expect(doc.legend).toContain('Material conflict');
      expect(doc.sources).toContain('relations dated 2022-02-18 – 2022-04-07');
      expect(doc.sources).toContain('Sources (3)');
      expect(doc.sources).toContain('Lukashenko and Putin hold talks (2022-02-18)');
      expect(doc.sources).toContain('State agency quotes the president (2022-04-07)');
      expect(svg).toContain('Report test');
      expect(svg).not.toContain('<img');
    });
  });

  describe('#standalone', () => {
    it('should open a saved view exported as HTML from file:// with every network request blocked', async () => {
      const data = fixtureStandaloneData('Pinned export');
      const ids = data.subgraph.nodes.map((n) => n.id);
      const positions = Object.fromEntries(
        ids.map((id, i) => [id, [Math.cos(i) * 100, Math.sin(i) * 100] as [number, number]]),
      );
      const view = {
        name: 'pinned',
        state: { focus: 'BLR', relationTypes: ['SUPPORTS' as const] },
        positions,
      };
      const file = join(ARTIFACTS_DIR, 'standalone-view.html');
      await writeFile(file, await renderStandaloneHtml({ ...data, view }));
      const { page, context, errors } = await bed.browser.newPage();
      const blocked: string[] = [];
      await context.route('**', (r) => {
        if (r.request().url().startsWith('file:')) return r.continue();
        blocked.push(r.request().url());
        return r.abort();
      });
      await page.goto(`file://${file}`);
      await waitReady(page);
      await page.waitForTimeout(800);
      expect(await nonBlankRatio(page)).toBeGreaterThan(0.001);
      await expect.poll(() => page.locator('.entity-name').textContent()).toBe('Belarus');
      await page.locator('#details .evidence mark').first().waitFor();
      expect(await page.locator('#legend').innerText()).toContain('Country');
      expectSamePositions((await snapshot(page)).positions, positions);
      expect(await page.getByLabel('SANCTIONS').isChecked()).toBe(false);
      await page.screenshot({ path: screenshotPath('25-standalone-view') });
      expect(blocked).toEqual([]);
      expect(errors).toEqual([]);
    });
  });
});
