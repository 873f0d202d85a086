import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshotPath, waitReady } from './support/browser';
import { useTestbed } from './support/testbed';

const bed = useTestbed();

type Kg = {
  __kg: { ctl: { graph: { order: number; size: number }; state: { selected?: string } } };
};
const graphSize = (page: Page) =>
  page.evaluate(() => (window as unknown as Kg).__kg.ctl.graph.size);

async function open(size = { width: 1440, height: 900 }) {
  const p = await bed.browser.newPage(size);
  await p.page.goto(bed.server.url + '/');
  await waitReady(p.page);
  return p.page;
}

async function openData(page: Page) {
  const narrow = (page.viewportSize()?.width ?? 1440) <= 900;
  if (narrow) await page.getByRole('button', { name: 'Show tools' }).click();
  await page.getByRole('button', { name: /^Data tables/ }).click();
  await page.locator('#data-view').waitFor();
}

const rowCount = (page: Page, table: string) =>
  page.getByRole('table', { name: table }).locator('tbody tr').count();

describe('viewer data tables (browser)', () => {
  it('should list the visible actors and relations, sortable and filterable', async () => {
    const page = await open();
    await openData(page);
    const actors = page.getByRole('table', { name: 'Actors' });
    const order = await page.evaluate(() => (window as unknown as Kg).__kg.ctl.graph.order);
    await expect.poll(() => rowCount(page, 'Actors')).toBe(order);
    // sort by name ascending: the first row is the alphabetically first actor
    await actors.getByRole('button', { name: /^Actor/ }).click();
    await expect
      .poll(() => actors.locator('th').first().getAttribute('aria-sort'))
      .toBe('ascending');
    const names = await actors.locator('tbody tr td:first-child').allInnerTexts();
    expect(names).toEqual(
      [...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })),
    );
    await page.getByLabel('Filter Actors').fill('belar');
    await expect
      .poll(() => actors.locator('tbody tr td:first-child').allInnerTexts())
      .toEqual(['Belarus']);
    await page.screenshot({ path: screenshotPath('tables-actors-1440') });

    await page.getByRole('tab', { name: 'Relations' }).click();
    const relations = page.getByRole('table', { name: 'Relations' });
    await expect.poll(() => rowCount(page, 'Relations')).toBe(await graphSize(page));
    // the type filter and the graph's filters both narrow the table
    await page.getByLabel('Relations type').selectOption('SANCTIONS');
    await expect
      .poll(() => relations.locator('tbody tr td:nth-child(2)').allInnerTexts())
      .toEqual(['SANCTIONS']);
    await page.getByLabel('Relations type').selectOption('');
    await page.getByLabel('SANCTIONS').uncheck();
    await expect.poll(() => rowCount(page, 'Relations')).toBe((await graphSize(page)) - 1);
    await page.screenshot({ path: screenshotPath('tables-relations-1440') });
  });

  it('should focus an actor from the keyboard and open the evidence of a relation', async () => {
    const page = await open();
    await openData(page);
    const actors = page.getByRole('table', { name: 'Actors' });
    await page.getByLabel('Filter Actors').fill('belarus');
    await expect.poll(() => actors.locator('tbody tr').count()).toBe(1);
    await actors.locator('tbody tr').first().focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.entity-name').textContent()).toBe('Belarus');

    await page.getByRole('tab', { name: 'Relations' }).click();
    const relations = page.getByRole('table', { name: 'Relations' });
    await page.getByLabel('Filter Relations').fill('sanctions');
    await relations.locator('tbody tr').first().click();
    await expect
      .poll(() => page.locator('#details details[open] .evidence').count())
      .toBeGreaterThan(0);
  });

  it('should list the documents, sorted by date, and open one read-only', async () => {
    const page = await open();
    await openData(page);
    await page.getByRole('tab', { name: 'Documents' }).click();
    const docs = page.getByRole('table', { name: 'Documents' });
    await expect.poll(() => docs.locator('tbody tr').count()).toBe(3);
    const dates = await docs.locator('tbody tr td:nth-child(2)').allInnerTexts();
    expect(dates).toEqual(['2022-04-07', '2022-03-02', '2022-02-18']);
    await docs.getByRole('button', { name: /^Date/ }).click();
    await expect
      .poll(() => docs.locator('tbody tr td:nth-child(2)').first().innerText())
      .toBe('2022-02-18');
    await docs.locator('tbody tr').filter({ hasText: 'EU widens sanctions' }).click();
    // the workbench's document reader (document-reader.ts) opens it
    const dialog = page.getByRole('dialog', { name: 'Document reader' });
    await expect.poll(() => dialog.locator('h2').innerText()).toBe('EU widens sanctions');
    await expect
      .poll(() => dialog.locator('.reader-text').innerText())
      .toContain('imposed sanctions on Belarus');
    await page.screenshot({ path: screenshotPath('tables-document-1440') });
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
  });

  it('should search the evidence sentences and open a relation from a hit', async () => {
    const page = await open();
    await openData(page);
    await page.getByRole('tab', { name: 'Evidence search' }).click();
    await page.getByLabel('Search evidence sentences').fill('SANCTIONS belarus');
    const hits = page.getByRole('list', { name: 'Matching sentences' }).locator('li');
    await expect.poll(() => hits.count()).toBe(1);
    expect(await hits.first().locator('mark.hl-query').allInnerTexts()).toEqual([
      'sanctions',
      'Belarus',
    ]);
    await page.screenshot({ path: screenshotPath('tables-evidence-1440') });
    await hits
      .first()
      .getByRole('button', { name: /European Union → SANCTIONS → Belarus/ })
      .click();
    await expect.poll(() => page.locator('.entity-name').textContent()).toBe('European Union');
    await expect
      .poll(() => page.locator('#details details[open] .evidence').count())
      .toBeGreaterThan(0);
    await page.getByLabel('Search evidence sentences').fill('zzzz qqq');
    await expect
      .poll(() => page.locator('#data-view .data-status').last().innerText())
      .toMatch(/No sentence/);
  });

  it('should be a full-screen sheet on a phone', async () => {
    const page = await open({ width: 390, height: 844 });
    await openData(page);
    const box = await page.locator('#data-view').boundingBox();
    expect(box!.width).toBe(390);
    expect(box!.height).toBeGreaterThan(700);
    await page.screenshot({ path: screenshotPath('tables-actors-390') });
    // opening an actor closes the sheet, so the graph and the details are seen
    await page.getByRole('table', { name: 'Actors' }).locator('tbody tr').first().click();
    await expect.poll(() => page.locator('#data-view').isHidden()).toBe(true);
  });

  it('should open the Cypher console above the details drawer on a phone', async () => {
    const page = await open({ width: 390, height: 844 });
    await page.evaluate(() => (window as unknown as Kg2).__kg.ctl.select('BLR'));
    await page.locator('.entity-name').waitFor();
    await page.getByRole('button', { name: 'Show tools' }).click();
    await page.getByRole('button', { name: /Toggle Cypher console/ }).click();
    const box = (await page.locator('#cypher').boundingBox())!;
    const onTop = await page.evaluate(
      ([x, y]) => document.elementFromPoint(x, y)?.closest('#cypher') !== null,
      [box.x + box.width / 2, box.y + box.height / 2],
    );
    expect(onTop).toBe(true);
    await page.screenshot({ path: screenshotPath('tables-phone-console-390') });
  });
});
type Kg2 = { __kg: { ctl: { select(id: string): Promise<void> } } };
