import { describe, expect, it } from 'vitest';
import { nonBlankRatio, screenshotPath, waitReady } from './support/browser';
import { useTestbed } from './support/testbed';
import { XSS_NAME } from './support/fixture';

const bed = useTestbed();

describe('viewer (browser)', () => {
  describe('#load', () => {
    it('should draw the graph on a WebGL canvas with a legend', async () => {
      const { page, errors } = await bed.browser.newPage();
      await page.goto(bed.server.url);
      await waitReady(page);
      await page.waitForTimeout(1500);
      expect(await nonBlankRatio(page)).toBeGreaterThan(0.001);
      const legend = await page.locator('#legend').innerText();
      expect(legend).toContain('Country');
      expect(legend).toContain('Material conflict');
      // parallel edges (either direction) are drawn curved once the app is ready
      const types = await page.evaluate(() => {
        const { renderer, graph } = (
          window as unknown as {
            __kg: {
              ctl: {
                graph: { edges(): string[]; getEdgeAttribute(e: string, k: string): unknown };
                renderer: { getEdgeDisplayData(e: string): { type: string } | undefined };
              };
            };
          }
        ).__kg.ctl;
        return graph
          .edges()
          .filter((e) => graph.getEdgeAttribute(e, 'type') === 'curvedArrow')
          .map((e) => renderer.getEdgeDisplayData(e)?.type);
      });
      expect(types.length).toBeGreaterThan(1);
      expect(new Set(types)).toEqual(new Set(['curvedArrow']));
      await page.screenshot({ path: screenshotPath('01-graph') });
      expect(errors).toEqual([]);
    });
  });

  describe('#search', () => {
    it('should focus an actor on Enter and list its relations with evidence', async () => {
      const { page } = await bed.browser.newPage();
      await page.goto(bed.server.url);
      await waitReady(page);
      const search = page.getByRole('combobox', { name: 'Search entities' });
      await search.fill('Lukash');
      await page.waitForSelector('[role=option]');
      await search.press('Enter');
      const panel = page.getByLabel('Entity details');
      await expect
        .poll(() => panel.locator('.entity-name').textContent())
        .toBe('Alexander Lukashenko');
      await expect.poll(() => panel.innerText()).toContain('HOLDS_ROLE → Belarus');
      const evidence = panel
        .locator('details[data-relation="alexander-lukashenko__HOLDS_ROLE__BLR"] .evidence')
        .first();
      await evidence.waitFor();
      expect(await evidence.locator('mark.hl-source').textContent()).toBe('Alexander Lukashenko');
      expect(await evidence.locator('mark.hl-target').textContent()).toBe('Belarusian');
      expect(await evidence.innerText()).toContain('Lukashenko and Putin hold talks');
      expect(await evidence.innerText()).toContain('2022-02-18');
      await page.waitForTimeout(700);
      await page.screenshot({ path: screenshotPath('02-search-details') });
    });
  });

  describe('#xss', () => {
    it('should render a markup-like actor name as text without running it', async () => {
      const { page, dialogs } = await bed.browser.newPage();
      await page.goto(bed.server.url);
      await waitReady(page);
      const search = page.getByRole('combobox', { name: 'Search entities' });
      await search.fill('img');
      await page.waitForSelector('[role=option]');
      expect(await page.locator('[role=option] .option-name').first().textContent()).toBe(XSS_NAME);
      await search.press('Enter');
      const name = page.getByLabel('Entity details').locator('.entity-name');
      await expect.poll(() => name.textContent()).toBe(XSS_NAME);
      await page.getByLabel('Entity details').locator('.evidence').first().waitFor();
      expect(await page.locator('img').count()).toBe(0);
      await page.waitForTimeout(500);
      expect(dialogs).toEqual([]);
      await page.screenshot({ path: screenshotPath('03-xss-as-text') });
    });
  });
});
