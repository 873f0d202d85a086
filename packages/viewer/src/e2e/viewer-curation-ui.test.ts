import type { Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshotPath, waitReady } from './support/browser';
import { useTestbed } from './support/testbed';

/*
 * The curation UI against the API contract, the corrections routes answered by the test
 * (viewer-curation.test.ts runs the real ones): who sees which actions, the token sent, and a
 * refused token explained in the dialog.
 */
const bed = useTestbed();

const at = '2026-12-08T01:02:03.000Z';
const LOG = {
  records: [
    {
      v: 1,
      id: 'c-mf3k2x-0001',
      at,
      author: 'ana',
      kind: 'merge',
      survivor: { id: 'BLR', name: 'Belarus' },
      merged: [{ id: 'belarussia', name: 'Belarussia' }],
      why: 'same country',
    },
    {
      v: 1,
      id: 'c-mf3k2x-0002',
      at,
      author: 'ana',
      kind: 'confirm',
      relation: { source: 'european-union', type: 'SANCTIONS', target: 'BLR' },
    },
  ],
  active: ['c-mf3k2x-0001', 'c-mf3k2x-0002'],
  notes: {
    entities: {
      BLR: [
        {
          correction: 'c-mf3k2x-0001',
          kind: 'merged-from',
          text: 'merged from Belarussia',
          by: 'ana',
          at,
        },
      ],
    },
    relations: {
      'european-union__SANCTIONS__BLR': [
        { correction: 'c-mf3k2x-0002', kind: 'confirmed', text: 'confirmed by ana', by: 'ana', at },
      ],
    },
  },
};

interface Seen {
  posts: Array<{ url: string; auth?: string; body: unknown }>;
}

async function fakeCorrections(page: Page, postStatus: number): Promise<Seen> {
  const seen: Seen = { posts: [] };
  await page.route('**/api/corrections**', async (route: Route) => {
    const req = route.request();
    if (req.method() === 'GET') return route.fulfill({ json: LOG });
    seen.posts.push({
      url: req.url(),
      auth: req.headers().authorization,
      body: req.postDataJSON(),
    });
    return route.fulfill({
      status: postStatus,
      json: { error: { code: 'unauthorized', message: 'missing or invalid bearer token' } },
    });
  });
  return seen;
}

async function open(path: string, status = 401, size = { width: 1440, height: 900 }) {
  const p = await bed.browser.newPage(size);
  const seen = await fakeCorrections(p.page, status);
  await p.page.goto(bed.server.url + path);
  await waitReady(p.page);
  return { ...p, seen };
}

describe('viewer curation UI (contract)', () => {
  it('should be read-only without a token, with notes, and never offer edits in an embed', async () => {
    const { page } = await open('/?focus=european-union&sel=BLR');
    const details = page.locator('#details');
    await expect
      .poll(() => details.locator('.curation-notes').innerText())
      .toContain('merged from Belarussia');
    await expect
      .poll(() => details.locator('.note-list').allInnerTexts())
      .toContainEqual(expect.stringContaining('confirmed by ana'));
    expect(await page.locator('[data-curate]').count()).toBe(0);
    await expect
      .poll(() => page.getByRole('button', { name: 'Sign in as editor' }).isVisible())
      .toBe(true);

    const embed = await open('/embed?focus=european-union&sel=BLR');
    await embed.page.locator('#details .entity-name').waitFor();
    expect(await embed.page.getByRole('button', { name: 'Sign in as editor' }).count()).toBe(0);
    expect(await embed.page.locator('[data-curate]').count()).toBe(0);
  });

  it('should take the token from #editor=, send it, and explain a refused one (401)', async () => {
    const { page, seen } = await open('/?focus=european-union&sel=BLR#editor=wrong-token-123456');
    await expect.poll(() => page.url()).not.toContain('editor=');
    await expect.poll(() => page.locator('.editor-badge').innerText()).toContain('Editing as');
    const reject = page.getByRole('button', { name: /^Reject / }).first();
    await reject.waitFor();
    await reject.click();
    const dialog = page.getByRole('dialog', { name: 'Reject this relation' });
    await dialog.getByLabel('Reason').selectOption('wrong-actor');
    await dialog.getByLabel('Why (optional)').fill('Reuters only reported it');
    await dialog.getByLabel('Why (optional)').press('Enter');
    await expect
      .poll(() => dialog.locator('.dialog-error').innerText())
      .toMatch(/401.*KG_API_TOKEN/);
    expect(seen.posts[0].auth).toBe('Bearer wrong-token-123456');
    expect(seen.posts[0].body).toMatchObject({
      kind: 'reject',
      reason: 'wrong-actor',
      why: 'Reuters only reported it',
    });
    await page.screenshot({ path: screenshotPath('curation-token-refused') });
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
  });

  it('should open the history with statuses and the document reader on an evidence', async () => {
    const { page } = await open('/?focus=european-union&sel=BLR#editor=some-token-123456');
    await page.getByText('Corrections history').click();
    const items = page.locator('.history-item');
    await expect.poll(() => items.count()).toBe(2);
    expect(await items.first().innerText()).toMatch(
      /Confirmed European Union —SANCTIONS→ Belarus[\s\S]*active/,
    );
    await page
      .getByRole('button', { name: /^Open document/ })
      .first()
      .click();
    const reader = page.getByRole('dialog', { name: 'Document reader' });
    await expect.poll(() => reader.locator('.evidence-sentence').count()).toBeGreaterThan(0);
    const sentence = reader.locator('.sentence').nth(1);
    await sentence.focus();
    await sentence.press('Enter');
    const text = await sentence.innerText();
    await expect
      .poll(() => reader.locator('.reader-picked').innerText())
      .toBe(`Selected: “${text}”`);
    await page.screenshot({ path: screenshotPath('curation-reader-contract') });
  });
});
