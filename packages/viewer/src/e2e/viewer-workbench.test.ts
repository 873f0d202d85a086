import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { renderStandaloneHtml } from '../index';
import { ARTIFACTS_DIR, nonBlankRatio, screenshotPath, waitReady } from './support/browser';
import { useTestbed } from './support/testbed';
import { fixtureStandaloneData } from './support/standalone-data';

const bed = useTestbed();

type Kg = {
  __kg: {
    ctl: {
      graph: { order: number; size: number; hasNode(id: string): boolean };
      state: { visibility: { hiddenNodes: Set<string>; hiddenEdges: Set<string> } };
    };
  };
};
const order = (page: Page) => page.evaluate(() => (window as unknown as Kg).__kg.ctl.graph.order);
const hiddenEdges = (page: Page) =>
  page.evaluate(() => (window as unknown as Kg).__kg.ctl.state.visibility.hiddenEdges.size);

async function open(path = '/', size?: { width: number; height: number }) {
  const p = await bed.browser.newPage(size);
  await p.page.goto(bed.server.url + path);
  await waitReady(p.page);
  return p;
}

describe('viewer workbench (browser)', () => {
  describe('#expand', () => {
    it('should add a neighbourhood around a focused actor and undo it', async () => {
      const { page } = await open('/?focus=european-union');
      const before = await order(page);
      expect(before).toBeLessThan(8);
      await page
        .getByRole('button', { name: /Expand neighbourhood/ })
        .first()
        .waitFor();
      await page.locator('#details').getByRole('button', { name: 'Show Belarus' }).first().click();
      await expect.poll(() => page.locator('.entity-name').textContent()).toBe('Belarus');
      await page.locator('[data-action=expand]').click();
      await expect.poll(() => order(page)).toBeGreaterThan(before);
      await page.screenshot({ path: screenshotPath('04-expanded') });
      await page.keyboard.press('Escape');
      await page.locator('#graph').focus();
      await page.keyboard.press('u');
      await expect.poll(() => order(page)).toBeLessThan(8);
    });
  });

  describe('#filters', () => {
    it('should hide relations by kind, confidence and date', async () => {
      const { page } = await open();
      expect(await hiddenEdges(page)).toBe(0);
      await page.getByLabel('SANCTIONS').uncheck();
      await expect.poll(() => hiddenEdges(page)).toBe(1);
      await page.getByLabel('Minimum confidence').fill('0.7');
      await expect.poll(() => hiddenEdges(page)).toBe(3);
      await page.getByLabel('To date').fill('2022-02-28');
      await expect.poll(() => hiddenEdges(page)).toBeGreaterThan(3);
      await expect.poll(() => page.url()).toContain('minConf=0.7');
      await expect.poll(() => page.url()).toContain('to=2022-02-28');
      await page.screenshot({ path: screenshotPath('05-filters') });
    });

    it('should count in legend, footer and metrics only what the filters leave visible', async () => {
      const { page } = await open();
      await expect.poll(() => page.locator('#stats').innerText()).toMatch(/on screen/);
      const total = await page.evaluate(() => (window as unknown as Kg).__kg.ctl.graph.size);
      const legendEdgeSum = () =>
        page
          .locator('#legend .legend-edge .legend-count')
          .allInnerTexts()
          .then((xs) => xs.reduce((n, x) => n + Number(x), 0));
      expect(await legendEdgeSum()).toBe(total);
      await page.getByLabel('To date').fill('2022-02-28');
      await expect.poll(() => hiddenEdges(page)).toBeGreaterThan(0);
      const shown = await page.evaluate(() => {
        const { graph, state } = (window as unknown as Kg).__kg.ctl;
        const v = state.visibility;
        let n = 0;
        for (const e of (graph as unknown as { edges(): string[] }).edges()) {
          const [s, t] = (graph as unknown as { extremities(e: string): string[] }).extremities(e);
          if (!v.hiddenEdges.has(e) && !v.hiddenNodes.has(s!) && !v.hiddenNodes.has(t!)) n++;
        }
        return n;
      });
      expect(shown).toBeLessThan(total);
      await expect.poll(legendEdgeSum).toBe(shown);
      const note = `${shown} of ${total} relations`;
      expect(await page.locator('#legend .legend-note').innerText()).toContain(note);
      expect(await page.locator('#stats').innerText()).toContain(`${note} shown (filters on)`);
      expect(await page.locator('#metrics').textContent()).toContain(note);
      await page.screenshot({ path: screenshotPath('05b-filtered-counts') });
    });
  });

  describe('#url-state', () => {
    it('should restore focus, filters and camera after a reload', async () => {
      const { page } = await open('/?focus=BLR&rels=SUPPORTS,HOLDS_ROLE&color=community');
      await expect.poll(() => page.locator('.entity-name').textContent()).toBe('Belarus');
      expect(await page.getByLabel('SANCTIONS').isChecked()).toBe(false);
      expect(await page.getByLabel('Node colour').inputValue()).toBe('community');
      await page.waitForTimeout(800);
      const url = page.url();
      expect(url).toContain('cam=');
      await page.reload();
      await waitReady(page);
      await expect.poll(() => page.locator('.entity-name').textContent()).toBe('Belarus');
      expect(await page.getByLabel('SUPPORTS').isChecked()).toBe(true);
      expect(await page.getByLabel('SANCTIONS').isChecked()).toBe(false);
    });
  });

  describe('#cypher', () => {
    it('should run a query with Ctrl+Enter, show a table and the dialect, and report errors', async () => {
      const { page } = await open();
      await page.getByRole('button', { name: /Toggle Cypher console/ }).click();
      const area = page.getByLabel('Cypher query');
      await area.fill('MATCH (n) RETURN n.name LIMIT 5');
      await area.press('Control+Enter');
      await page.locator('.cypher-table tbody tr').first().waitFor();
      expect(await page.locator('.cypher-head .badge').textContent()).toMatch(/dialect: \w+/);
      expect(await page.locator('.cypher-status').textContent()).toMatch(/\d+ rows?/);
      await page.screenshot({ path: screenshotPath('06-cypher') });
      await area.fill('CREATE (n:Person {id: "x"})');
      await area.press('Control+Enter');
      const error = page.locator('.cypher-error');
      await error.locator('strong').waitFor();
      expect(await error.textContent()).toMatch(/Query failed \(\w+\)/);
      await page.screenshot({ path: screenshotPath('07-cypher-error') });
    });
  });

  describe('#export', () => {
    it('should download a PNG with pixels and an SVG with escaped labels', async () => {
      const { page } = await open('/?title=Export%20test');
      await page.waitForTimeout(1200);
      await page.locator('.menu > summary').click();
      const [png] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Export PNG' }).click(),
      ]);
      const pngPath = join(ARTIFACTS_DIR, '08-export.png');
      await png.saveAs(pngPath);
      const bytes = await readFile(pngPath);
      expect(bytes.subarray(1, 4).toString()).toBe('PNG');
      expect(bytes.length).toBeGreaterThan(10_000);
      const [svg] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Export SVG' }).click(),
      ]);
      const svgText = await readFile(await svg.path(), 'utf8');
      await writeFile(join(ARTIFACTS_DIR, '08-export.svg'), svgText);
      expect(svgText).toContain('<svg');
      expect((svgText.match(/<circle /g) ?? []).length).toBeGreaterThanOrEqual(8);
      expect(svgText).not.toContain('<img');
      expect(svgText).toContain('Export test');
    });
  });

  describe('#embed', () => {
    it('should show only the graph and legend, and open evidence on click', async () => {
      const { page } = await open(
        '/embed?title=Sanctions%20and%20support&caption=Sample%20corpus',
        { width: 800, height: 600 },
      );
      expect(await page.locator('.topbar').isVisible()).toBe(false);
      expect(await page.locator('#tools').isVisible()).toBe(false);
      expect(await page.locator('#legend').isVisible()).toBe(true);
      expect(await page.locator('.view-title h1').textContent()).toBe('Sanctions and support');
      await page.waitForTimeout(1500);
      expect(await nonBlankRatio(page)).toBeGreaterThan(0.001);
      const pos = await page.evaluate(() => {
        const w = window as unknown as {
          __kg: {
            ctl: {
              renderer: {
                getNodeDisplayData(n: string): { x: number; y: number };
                framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number };
                getContainer(): HTMLElement;
              };
            };
          };
        };
        const r = w.__kg.ctl.renderer;
        const d = r.getNodeDisplayData('BLR');
        const p = r.framedGraphToViewport(d);
        const box = r.getContainer().getBoundingClientRect();
        return { x: p.x + box.left, y: p.y + box.top };
      });
      await page.mouse.move(pos.x, pos.y);
      await page.mouse.click(pos.x, pos.y);
      await expect
        .poll(() => page.getByLabel('Entity details').locator('.entity-name').textContent())
        .toBe('Belarus');
      await page.locator('.evidence').first().waitFor();
      await page.screenshot({ path: screenshotPath('09-embed') });
    });
  });

  describe('#responsive', () => {
    it('should stay usable at 390px wide with panels collapsed', async () => {
      const { page } = await open('/', { width: 390, height: 844 });
      expect(
        await page
          .locator('#tools')
          .boundingBox()
          .then((b) => (b ? b.x + b.width : 0)),
      ).toBeLessThanOrEqual(1);
      expect(await page.getByRole('combobox', { name: 'Search entities' }).isVisible()).toBe(true);
      await page.screenshot({ path: screenshotPath('10-mobile') });
      await page.getByRole('button', { name: 'Show tools' }).click();
      await page.waitForTimeout(300);
      await page.screenshot({ path: screenshotPath('11-mobile-tools') });
    });
  });

  describe('#standalone', () => {
    it('should open the exported HTML from file:// and show evidence offline', async () => {
      const file = join(ARTIFACTS_DIR, 'standalone.html');
      await writeFile(file, await renderStandaloneHtml(fixtureStandaloneData()));
      const { page, dialogs, errors } = await bed.browser.newPage();
      await page.route(/^https?:/, (route) => route.abort());
      await page.goto(`file://${file}`);
      await waitReady(page);
      await page.waitForTimeout(1200);
      expect(await nonBlankRatio(page)).toBeGreaterThan(0.001);
      const search = page.getByRole('combobox', { name: 'Search entities' });
      await search.fill('Belar');
      await page.waitForSelector('[role=option]');
      await search.press('ArrowDown');
      await search.press('Enter');
      await expect.poll(() => page.locator('.entity-name').textContent()).toBe('Belarus');
      await page.locator('.evidence mark').first().waitFor();
      expect(await page.locator('#legend').innerText()).toContain('Country');
      await page.screenshot({ path: screenshotPath('12-standalone') });
      expect(dialogs).toEqual([]);
      expect(errors).toEqual([]);
    });
  });
});
