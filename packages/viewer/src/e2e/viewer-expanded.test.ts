import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshotPath, waitReady } from './support/browser';
import { nodeIds, nodeOnScreen, nodePosition } from './support/graph-page';
import { useTestbed } from './support/testbed';

const bed = useTestbed();

/** Open the EU's neighbourhood, then expand Belarus from the details panel. */
async function openExpanded(): Promise<{ page: Page; before: string[]; after: string[] }> {
  const { page } = await bed.browser.newPage();
  await page.goto(`${bed.server.url}/?focus=european-union`);
  await waitReady(page);
  const before = await nodeIds(page);
  await page.locator('#details').getByRole('button', { name: 'Show Belarus' }).first().click();
  await expect.poll(() => page.locator('.entity-name').textContent()).toBe('Belarus');
  await page.locator('[data-action=expand]').click();
  await expect.poll(() => nodeIds(page).then((ids) => ids.length)).toBeGreaterThan(before.length);
  const after = await nodeIds(page);
  // new actors go on a ring clear of the anchor (~66-110 px), not in a heap on top of it
  const anchor = await nodeOnScreen(page, 'BLR');
  for (const id of after.filter((n) => !before.includes(n))) {
    const p = await nodeOnScreen(page, id);
    expect(Math.hypot(p.x - anchor.x, p.y - anchor.y)).toBeGreaterThan(50);
  }
  return { page, before, after };
}

describe('expanded neighbourhoods survive a reload (browser)', () => {
  describe('#permalink', () => {
    it('should reopen a shared URL with the same expanded actors, and undo should drop them', async () => {
      const { page, before, after } = await openExpanded();
      expect(after).toEqual(expect.arrayContaining(['alexander-lukashenko']));
      await expect.poll(() => page.url()).toContain('expand=BLR');

      const again = await bed.browser.newPage();
      await again.page.goto(page.url());
      await waitReady(again.page);
      expect(await nodeIds(again.page)).toEqual(after);
      await again.page.screenshot({ path: screenshotPath('36-expanded-permalink') });

      await page.keyboard.press('Escape');
      await page.locator('#graph').focus();
      await page.keyboard.press('u');
      await expect.poll(() => nodeIds(page)).toEqual(before);
      await expect.poll(() => page.url()).not.toContain('expand=');
      expect(again.errors).toEqual([]);
    });
  });

  describe('#saved-view', () => {
    it('should reopen a saved view with the actors expanded before saving, where they were', async () => {
      const { page, after } = await openExpanded();
      await page.waitForTimeout(400);
      const luka = await nodePosition(page, 'alexander-lukashenko');
      await page.getByRole('button', { name: 'Share link or embed code' }).click();
      await page.getByLabel('View name').fill('Belarus expanded');
      await page.getByRole('button', { name: 'Save view' }).click();
      const link = page.getByRole('link', { name: 'Belarus expanded' });
      await link.waitFor();
      const href = (await link.getAttribute('href'))!;
      expect(href).not.toContain('expand=');

      const again = await bed.browser.newPage();
      await again.page.goto(href);
      await waitReady(again.page);
      expect(await nodeIds(again.page)).toEqual(after);
      // the view lists the expansion (undo and later saves keep it), not only its positions
      const expanded = await again.page.evaluate(
        () =>
          (window as unknown as { __kg: { ctl: { view: { expanded: string[] } } } }).__kg.ctl.view
            .expanded,
      );
      expect(expanded).toEqual(['BLR']);
      const restored = await nodePosition(again.page, 'alexander-lukashenko');
      expect(restored.x).toBeCloseTo(luka.x, 1);
      expect(restored.y).toBeCloseTo(luka.y, 1);
      await again.page.screenshot({ path: screenshotPath('37-expanded-saved-view') });
      expect(again.errors).toEqual([]);
    });
  });
});
