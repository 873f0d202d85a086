import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshotPath, waitReady } from './support/browser';
import { cameraState, hiddenEdgeCount, nodeIds, pathNodes, pick } from './support/graph-page';
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

type ViewWindow = { __kg: { ctl: { view: Record<string, unknown> } } };
type Xy = { x: number; y: number };
type RendererWindow = {
  __kg: {
    ctl: {
      renderer: {
        getContainer(): HTMLElement;
        getGraph(): { nodes(): string[] };
        getNodeDisplayData(n: string): Xy;
        framedGraphToViewport(p: Xy): Xy;
      };
    };
  };
};

/** What must survive a reload: actors drawn, filters, selection, open panels, camera. */
async function snapshot(page: Page) {
  const view = await page.evaluate(() => {
    const v = (window as unknown as ViewWindow).__kg.ctl.view;
    const keys = ['types', 'relationTypes', 'minConfidence', 'from', 'to', 'hideIsolated'];
    const more = ['focus', 'selected', 'expanded', 'panels'];
    return Object.fromEntries([...keys, ...more].map((k) => [k, v[k]]));
  });
  return {
    ids: await nodeIds(page),
    view,
    hiddenEdges: await hiddenEdgeCount(page),
    details: await page.locator('#details .entity-name').textContent(),
    consoleOpen: await page.locator('#cypher').isVisible(),
    sections: await page.locator('#tools details[open] > summary').allTextContents(),
    camera: await cameraState(page),
  };
}

/** Wait until the address bar stops changing (camera animations done, debounced writes made). */
async function settled(page: Page): Promise<void> {
  let last = '';
  for (let i = 0; i < 40 && page.url() !== last; i++) {
    last = page.url();
    await page.waitForTimeout(700);
  }
}

/** States reached by clicking, from the EU's neighbourhood. */
const STATES: Array<[string, (page: Page) => Promise<void>]> = [
  [
    'a neighbour selected',
    async (page) => {
      await page.locator('#details').getByRole('button', { name: 'Show Belarus' }).first().click();
      await expect.poll(() => page.locator('.entity-name').textContent()).toBe('Belarus');
    },
  ],
  [
    'an actor picked in search (not drawn before)',
    async (page) => {
      await pick(page, 'Search entities', 'Lukash');
      await expect
        .poll(() => page.locator('.entity-name').textContent())
        .toBe('Alexander Lukashenko');
    },
  ],
  [
    'an expansion, filters and open panels',
    async (page) => {
      await page.locator('#details').getByRole('button', { name: 'Show Belarus' }).first().click();
      await expect.poll(() => page.locator('.entity-name').textContent()).toBe('Belarus');
      await page.locator('[data-action=expand]').click();
      await expect.poll(() => page.url()).toContain('expand=BLR');
      await page.getByLabel('SANCTIONS').uncheck();
      await page.getByLabel('Minimum confidence').fill('0.7');
      await page.locator('summary', { hasText: 'Metrics' }).click();
      await page.getByRole('button', { name: /Toggle Cypher console/ }).click();
    },
  ],
];

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

  describe('#permalink-state', () => {
    it.each(STATES)(
      'should reload %s exactly as it was',
      async (name, reach) => {
        const { page, errors } = await open('/?focus=european-union');
        await reach(page);
        await page.waitForTimeout(1500); // layout settles, the URL write (debounced) follows
        await settled(page);
        const before = await snapshot(page);
        const again = await bed.browser.newPage(DESKTOP);
        await again.page.goto(page.url());
        await waitReady(again.page);
        await expect
          .poll(() => again.page.locator('#details .entity-name').textContent())
          .toBe(before.details);
        const after = await snapshot(again.page);
        expect({ ...after, camera: undefined }, name).toEqual({ ...before, camera: undefined });
        expect(after.camera.x).toBeCloseTo(before.camera.x, 3);
        expect(after.camera.ratio).toBeCloseTo(before.camera.ratio, 3);
        await again.page.screenshot({
          path: screenshotPath(`43-permalink-${STATES.findIndex((s) => s[0] === name)}`),
        });
        expect([...errors, ...again.errors]).toEqual([]);
      },
      120_000,
    );

    it('should reopen a saved view with the same actors, filters, selection and panels', async () => {
      const { page } = await open('/?focus=european-union');
      await STATES[2][1](page);
      await page.waitForTimeout(1500);
      await settled(page);
      const before = await snapshot(page);
      await page.getByRole('button', { name: 'Share link or embed code' }).click();
      await page.getByLabel('View name').fill('Belarus filtered');
      await page.getByRole('button', { name: 'Save view' }).click();
      const link = page.getByRole('link', { name: 'Belarus filtered' });
      await link.waitFor();
      const again = await bed.browser.newPage(PHONE);
      await again.page.goto((await link.getAttribute('href'))!);
      await waitReady(again.page);
      await expect
        .poll(() => again.page.locator('#details .entity-name').textContent())
        .toBe(before.details);
      const after = await snapshot(again.page);
      expect(after.ids).toEqual(before.ids);
      expect(after.view).toEqual(before.view);
      expect(after.hiddenEdges).toBe(before.hiddenEdges);
      await again.page.screenshot({ path: screenshotPath('44-saved-view-mobile') });
    }, 120_000);
  });

  describe('#cypher-console', () => {
    async function runQuery(page: Page, query: string) {
      const area = page.getByLabel('Cypher query');
      await area.fill(query);
      await area.press('Control+Enter');
      await expect.poll(() => page.locator('.cypher-status').textContent()).toMatch(/rows? ·/);
    }

    /** Nodes drawn outside the graph area (cut off by the console or the panels). */
    const offscreen = (page: Page) =>
      page.evaluate(() => {
        const r = (window as unknown as RendererWindow).__kg.ctl.renderer;
        const box = r.getContainer().getBoundingClientRect();
        return r
          .getGraph()
          .nodes()
          .filter((n) => {
            const p = r.framedGraphToViewport(r.getNodeDisplayData(n));
            return p.x < 0 || p.y < 0 || p.x > box.width || p.y > box.height;
          });
      });

    it.each([
      ['desktop', DESKTOP],
      ['phone', PHONE],
    ] as const)('should show typed cells and draw actors only (%s)', async (name, size) => {
      const { page, errors } = await open('/?focus=BLR&cam=0.5,0.2,0.6', size);
      if (size === PHONE) {
        // the toolbar is in the tools drawer on a phone: the keyboard shortcut opens the console
        await page.getByRole('button', { name: 'Close details' }).click();
        await page.locator('#graph').focus();
        await page.keyboard.press('c');
      } else await page.getByRole('button', { name: /Toggle Cypher console/ }).click();
      // the graph is framed again in the smaller area
      await expect.poll(() => offscreen(page)).toEqual([]);

      await runQuery(page, 'MATCH (n) RETURN n');
      await expect.poll(() => nodeIds(page).then((ids) => ids.length)).toBe(8);
      const rows = page.locator('.cypher-table tbody tr');
      expect(await rows.locator('.actor-chip').count()).toBe(8);
      expect(
        await page.locator('tr.bookkeeping .record-chip', { hasText: 'evidence record' }).count(),
      ).toBeGreaterThan(0);
      expect(
        await page.locator('tr.bookkeeping .record-chip', { hasText: 'document' }).count(),
      ).toBe(3);
      expect(await page.locator('.cypher-table td').first().textContent()).not.toMatch(/[{"]/);
      expect(await page.locator('.cypher-status').textContent()).toMatch(
        /8 actors, 0 relations drawn · \d+ bookkeeping rows/,
      );

      await runQuery(
        page,
        'MATCH (a)-[r:SANCTIONS]->(b) RETURN a, r, b.iso3 AS iso, a.iso3 AS missing, [a.name, b.name] AS names, {n: r.count} AS m, b',
      );
      const cells = page.locator('.cypher-table tbody tr').first().locator('td');
      expect(await cells.nth(0).textContent()).toBe('European Union');
      expect(await cells.nth(1).textContent()).toBe('European Union —SANCTIONS→ Belarus');
      expect(await cells.nth(2).textContent()).toBe('BLR');
      expect(await cells.nth(3).getAttribute('class')).toContain('null');
      expect(await cells.nth(3).textContent()).toBe('');
      expect(await cells.nth(4).textContent()).toBe('[European Union, Belarus]');
      expect(await cells.nth(5).locator('dt').textContent()).toBe('n');
      expect(await cells.nth(5).locator('dd').textContent()).toBe('1');
      expect(await nodeIds(page)).toEqual(['BLR', 'european-union']);
      await page.waitForTimeout(800);
      expect(await offscreen(page)).toEqual([]);
      await page.screenshot({ path: screenshotPath(`45-cypher-cells-${name}`) });

      await cells.nth(0).locator('.actor-chip').click();
      await expect
        .poll(() => page.locator('#details .entity-name').textContent())
        .toBe('European Union');
      expect(errors).toEqual([]);
    });
  });
});
