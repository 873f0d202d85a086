import { beforeAll, describe, expect, it } from 'vitest';
import { syndicatedFixture } from '@kg/graph-store/contract';
import { screenshotPath, waitReady } from './support/browser';
import { useTestbed } from './support/testbed';

const bed = useTestbed();

type Kg = {
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

describe('viewer syndicated reports (browser)', () => {
  beforeAll(async () => {
    // the same wire story from three outlets, next to the fixture (before any page reads)
    const { result, texts } = syndicatedFixture();
    const report = await bed.server.store.ingest(result, texts);
    expect(report.copies).toBe(2);
  });

  it('should say on the evidence that the report came from 3 outlets', async () => {
    const { page, errors } = await bed.browser.newPage({ width: 1280, height: 800 });
    await page.goto(`${bed.server.url}/?focus=FIN`);
    await waitReady(page);
    const pos = await page.evaluate(() => {
      const r = (window as unknown as Kg).__kg.ctl.renderer;
      const p = r.framedGraphToViewport(r.getNodeDisplayData('FIN'));
      const box = r.getContainer().getBoundingClientRect();
      return { x: p.x + box.left, y: p.y + box.top };
    });
    await page.mouse.move(pos.x, pos.y);
    await page.mouse.click(pos.x, pos.y);
    const note = page.locator('.evidence .evidence-outlets').first();
    await note.waitFor();
    expect(await note.textContent()).toBe('reported by 3 outlets: Reuters, AP, BBC');
    expect(await page.locator('.evidence').count()).toBe(1);
    await page.screenshot({ path: screenshotPath('40-syndicated-evidence') });
    expect(errors).toEqual([]);
  });
});
