import { describe, expect, it } from 'vitest';
import { screenshotPath, waitReady } from './support/browser';
import {
  displayedLabelCount,
  hiddenEdgeCount,
  nodeIds,
  nodeOnScreen,
  nodePosition,
} from './support/graph-page';
import { useTestbed } from './support/testbed';

const bed = useTestbed();

async function open(path = '/', size?: { width: number; height: number }) {
  const p = await bed.browser.newPage(size);
  await p.page.goto(bed.server.url + path);
  await waitReady(p.page);
  return p;
}

/** Same place, give or take the layout worker's float32 round trip. */
function expectAt(actual: { x: number; y: number }, expected: { x: number; y: number }) {
  expect(actual.x).toBeCloseTo(expected.x, 3);
  expect(actual.y).toBeCloseTo(expected.y, 3);
}

describe('viewer analyst flows (browser)', () => {
  describe('#timeline', () => {
    it('should reveal relations progressively by date while Play runs', async () => {
      const { page, errors } = await open();
      expect(await hiddenEdgeCount(page)).toBe(0);
      await page.getByRole('button', { name: 'Play timeline' }).click();
      // Play restarts from the first date: everything dated later is hidden at once.
      await expect.poll(() => hiddenEdgeCount(page), { timeout: 5000 }).toBeGreaterThan(0);
      const seen: number[] = [];
      const started = Date.now();
      while (Date.now() - started < 45_000) {
        seen.push(await hiddenEdgeCount(page));
        if (
          (await page.getByRole('button', { name: 'Play timeline' }).textContent())?.includes(
            'Play',
          )
        )
          break;
        if (seen.length === 8)
          await page.screenshot({ path: screenshotPath('30-timeline-playing') });
        await page.waitForTimeout(150);
      }
      // Play may end between the last reading and the button check: record the final state too.
      seen.push(await hiddenEdgeCount(page));
      const distinct = seen.filter((n, i) => i === 0 || n !== seen[i - 1]);
      // Starts at the first date (later relations hidden), shows more and more, ends with all.
      const trace = `hidden relations over time: ${seen.join(' ')}`;
      expect(distinct[0], trace).toBeGreaterThan(0);
      expect(distinct.length, trace).toBeGreaterThanOrEqual(3);
      expect(distinct, trace).toEqual([...distinct].sort((a, b) => b - a));
      expect(await hiddenEdgeCount(page)).toBe(0);
      expect(await page.locator('.timeline-date').textContent()).toBe('2022-04-07');
      expect(errors).toEqual([]);
    });
  });

  describe('#drag', () => {
    it('should move a dragged node and keep it there when the layout runs', async () => {
      const { page, errors } = await open();
      const drag = async (id: string, dx: number, dy: number) => {
        // The first layout may still be settling: grab the node where it has come to rest.
        let from = await nodeOnScreen(page, id);
        for (let i = 0; i < 50; i++) {
          await page.waitForTimeout(100);
          const now = await nodeOnScreen(page, id);
          const still = Math.hypot(now.x - from.x, now.y - from.y) < 0.5;
          from = now;
          if (still) break;
        }
        await page.mouse.move(from.x, from.y);
        await page.waitForTimeout(50);
        await page.mouse.down();
        await page.mouse.move(from.x + dx / 2, from.y + dy / 2, { steps: 6 });
        await page.mouse.move(from.x + dx, from.y + dy, { steps: 6 });
        await page.mouse.up();
        return nodePosition(page, id);
      };
      const before = await nodePosition(page, 'BLR');
      const dropped = await drag('BLR', 120, 80);
      expect(dropped.fixed).toBe(true);
      expect(Math.hypot(dropped.x - before.x, dropped.y - before.y)).toBeGreaterThan(1);
      // ForceAtlas2 keeps fixed nodes where they are; noverlap does not run on pinned graphs.
      await page.getByRole('button', { name: 'Run layout again' }).click();
      await page.waitForTimeout(2500);
      expectAt(await nodePosition(page, 'BLR'), dropped);
      await page.screenshot({ path: screenshotPath('32-dragged') });

      // Grabbing a node while the layout worker runs stops it: it would pull the node back.
      await page.getByRole('button', { name: 'Run layout again' }).click();
      await page.waitForTimeout(300);
      const during = await drag('BLR', -160, 40);
      expect(Math.hypot(during.x - dropped.x, during.y - dropped.y)).toBeGreaterThan(1);
      await page.waitForTimeout(2500);
      expectAt(await nodePosition(page, 'BLR'), during);
      expect(errors).toEqual([]);
    });
  });

  describe('#share', () => {
    it('should copy the permalink and an iframe snippet of the embed view', async () => {
      const { page, context, errors } = await open('/?focus=BLR');
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
        origin: bed.server.url,
      });
      await page.getByRole('button', { name: 'Share link or embed code' }).click();
      const dialog = page.getByRole('dialog', { name: 'Share this view' });
      const permalink = await dialog.getByLabel('Permalink', { exact: true }).inputValue();
      // written when the dialog opens, camera included (not the last debounced URL write)
      expect(permalink).toBe(page.url());
      expect(permalink).toContain('focus=BLR');
      expect(permalink).toContain('cam=');
      await dialog.getByRole('button', { name: 'Copy' }).first().click();
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(permalink);
      await dialog.getByLabel('Embed size').selectOption({ label: 'Medium 800×600' });
      const snippet = await dialog.getByLabel('Embed code', { exact: true }).inputValue();
      const embedSrc = permalink.replace(/\/\?/, '/embed?').replace(/&/g, '&amp;');
      expect(snippet).toMatch(/^<iframe src="[^"]+" width="800" height="600" title=/);
      expect(snippet).toContain(`src="${embedSrc}"`);
      await dialog.getByRole('button', { name: 'Copy' }).nth(1).click();
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);
      expect(await dialog.getByRole('button', { name: 'Copied' }).count()).toBe(1);
      await page.screenshot({ path: screenshotPath('33-share-dialog') });
      expect(errors).toEqual([]);
    });

    it('should fit the Share dialog on a 390px wide screen', async () => {
      const { page } = await open('/?focus=BLR', { width: 390, height: 844 });
      await page.getByRole('button', { name: 'Show tools' }).click();
      await page.getByRole('button', { name: 'Share link or embed code' }).click();
      const box = await page.getByRole('dialog', { name: 'Share this view' }).boundingBox();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(390);
      await page.screenshot({ path: screenshotPath('33-share-dialog-mobile') });
    });
  });

  describe('#label-density', () => {
    it('should show more labels as the density goes up and keep it in the URL', async () => {
      // Zoomed out: small actors fall under the label size threshold at low density.
      const { page, errors } = await open('/?cam=0.5,0.5,3');
      const density = page.getByLabel('Label density');
      await density.fill('0.2');
      await expect.poll(() => page.url()).toContain('labels=0.2');
      await page.waitForTimeout(300);
      const sparse = await displayedLabelCount(page);
      await page.screenshot({ path: screenshotPath('34-labels-sparse') });
      await density.fill('5');
      await expect.poll(() => page.url()).toContain('labels=5');
      await expect.poll(() => displayedLabelCount(page)).toBeGreaterThan(sparse);
      await page.screenshot({ path: screenshotPath('35-labels-dense') });
      await page.reload();
      await waitReady(page);
      expect(await density.inputValue()).toBe('5');
      expect(sparse).toBeGreaterThan(0);
      expect(errors).toEqual([]);
    });
  });

  describe('#stale-link', () => {
    it('should show the overview and say so when the focus actor is unknown', async () => {
      const { page, errors } = await open('/?focus=no-such-actor&depth=2');
      expect((await nodeIds(page)).length).toBeGreaterThan(3);
      await expect.poll(() => page.locator('#toast').textContent()).toContain('not in the store');
      await expect.poll(() => page.url()).not.toContain('focus=');
      await page.screenshot({ path: screenshotPath('38-unknown-focus') });
      // the browser logs the API's 404 itself; nothing else may fail
      expect(errors.filter((e) => !e.includes('404'))).toEqual([]);
    });
  });
});
