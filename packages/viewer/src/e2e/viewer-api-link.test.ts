import { describe, expect, it } from 'vitest';
import { screenshotPath, waitReady } from './support/browser';
import { useTestbed } from './support/testbed';

const bed = useTestbed();

describe('viewer (browser)', () => {
  describe('#api reference link', () => {
    it('should open the server API reference from the tools panel', async () => {
      const { page, context, errors } = await bed.browser.newPage();
      await page.goto(bed.server.url);
      await waitReady(page);
      const link = page.getByRole('link', { name: 'HTTP API reference' });
      await link.scrollIntoViewIfNeeded();
      const [docs] = await Promise.all([context.waitForEvent('page'), link.click()]);
      await docs.waitForSelector('#operations-graph-getApiSubgraph', { timeout: 30_000 });
      expect(docs.url()).toBe(`${bed.server.url}/api/docs`);
      await docs.screenshot({ path: screenshotPath('api-docs-from-viewer') });
      expect(errors).toEqual([]);
    });
  });
});
