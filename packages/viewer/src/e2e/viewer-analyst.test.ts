import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshotPath, waitReady } from './support/browser';
import { cameraState, nodeIds, pathNodes, pick } from './support/graph-page';
import { useTestbed } from './support/testbed';

const bed = useTestbed();

const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };

async function open(path: string, size = DESKTOP) {
  const p = await bed.browser.newPage(size);
  await p.page.goto(bed.server.url + path);
  await waitReady(p.page);
  return p;
}

async function findPath(page: Page, from: string, to: string): Promise<void> {
  await page.locator('summary', { hasText: 'Path finder' }).click();
  await pick(page, 'Path start', from);
  await pick(page, 'Path end', to);
  await page.getByRole('button', { name: 'Find paths' }).click();
  await page.locator('.paths li').first().waitFor();
}

describe('analyst workflows (browser, issue #15 items 5-7)', () => {
  describe('#path-overlay', () => {
    it('should draw paths over the graph with named steps, open evidence, and clear back exactly', async () => {
      const { page, errors } = await open('/?focus=european-union');
      await page.waitForTimeout(1500);
      const before = await nodeIds(page);
      const camera = await cameraState(page);
      expect(before).not.toContain('alexander-lukashenko');
      await findPath(page, 'Lukash', 'European');

      // overlaid: the EU's neighbourhood stays, Lukashenko is added, the path is highlighted
      const during = await nodeIds(page);
      expect(during).toEqual(expect.arrayContaining([...before, 'alexander-lukashenko']));
      expect(await pathNodes(page)).toEqual(
        expect.arrayContaining(['alexander-lukashenko', 'BLR', 'european-union']),
      );
      const items = await page.locator('.paths li').allTextContents();
      expect(new Set(items).size).toBe(items.length);
      expect(items.length).toBeGreaterThanOrEqual(2);
      for (const item of items)
        expect(item).toMatch(/^Alexander Lukashenko —HOLDS_ROLE→ Belarus ←\w+— European Union$/);
      await page.waitForTimeout(700);
      await page.screenshot({ path: screenshotPath('40-path-overlay') });

      // a step opens its relation's evidence in the details panel
      const step = page.locator('.paths li .path-step', { hasText: 'SANCTIONS' }).first();
      await step.click();
      const rel = page.locator('#details details[data-relation="european-union__SANCTIONS__BLR"]');
      await expect.poll(() => rel.getAttribute('open')).toBe('');
      await rel.locator('.evidence-list li').first().waitFor();
      await page.screenshot({ path: screenshotPath('41-path-step-evidence') });

      await page.getByRole('button', { name: 'Clear paths' }).click();
      await expect.poll(() => nodeIds(page)).toEqual(before);
      expect(await pathNodes(page)).toEqual([]);
      const after = await cameraState(page);
      expect(after.x).toBeCloseTo(camera.x, 4);
      expect(after.y).toBeCloseTo(camera.y, 4);
      expect(after.ratio).toBeCloseTo(camera.ratio, 4);
      expect(errors).toEqual([]);
    });

    it('should fit the path list on a phone', async () => {
      const { page } = await open('/?focus=european-union', PHONE);
      await page.getByRole('button', { name: 'Close details' }).click();
      await page.locator('#toggle-tools').click();
      await findPath(page, 'Lukash', 'European');
      await page.waitForTimeout(700);
      await page.screenshot({ path: screenshotPath('42-path-overlay-mobile') });
      const width = await page.locator('.paths').evaluate((el) => el.scrollWidth - el.clientWidth);
      expect(width).toBeLessThanOrEqual(1);
    });
  });
});
