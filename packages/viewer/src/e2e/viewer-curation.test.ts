import type { CorrectionRecord } from '@kg/schema';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildViewer } from '../index';
import { launchBrowser, screenshotPath, waitReady, type TestBrowser } from './support/browser';
import {
  EDITOR_TOKEN,
  startCurationServer,
  tempCorrectionsLog,
  type CurationServer,
} from './support/curation-server';
import { FIXTURE_TEXTS } from './support/fixture';
import { nodeIds, nodeOnScreen, pick } from './support/graph-page';

/*
 * Issue #18 end to end: an analyst signs in as editor, merges two actors (multi-select: keyboard
 * and shift-click), rejects a relation, confirms one, adds one from a sentence selected in the
 * document reader, reads the notes and the history, undoes one. Then the store is deleted and
 * rebuilt from the documents and the corrections log: the graph is the corrected one.
 */
let server: CurationServer;
let browser: TestBrowser;
const log = tempCorrectionsLog();

beforeAll(async () => {
  vi.setConfig({ expect: { poll: { timeout: 20_000, interval: 100 } } });
  await buildViewer();
  server = await startCurationServer(await log);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

type Kg = {
  __kg: { ctl: { graph: { hasEdge(a: string, b: string): boolean; edges(): string[] } } };
};
const edgeBetween = (page: Page, a: string, b: string) =>
  page.evaluate(([x, y]) => (window as unknown as Kg).__kg.ctl.graph.hasEdge(x, y), [a, b]);
const shot = (page: Page, name: string) =>
  page.screenshot({ path: screenshotPath(`curation-${name}`) });

/** Actor ids and relation keys of the whole store. */
async function graphOf(s: CurationServer) {
  const all = await s.store.exportAll();
  return {
    actors: all.nodes.map((n) => `${n.id}:${n.name}:${n.type}`).sort(),
    relations: all.edges.map((e) => `${e.source} ${e.type} ${e.target}`).sort(),
  };
}

async function signIn(page: Page) {
  await page.getByRole('button', { name: 'Sign in as editor' }).click();
  const dialog = page.getByRole('dialog', { name: 'Sign in as editor' });
  await dialog.getByLabel('Editor token').fill(EDITOR_TOKEN);
  await dialog.getByLabel(/Your name/).fill('ana');
  await dialog.getByLabel(/Your name/).press('Enter');
  await expect.poll(() => page.locator('.editor-badge').innerText()).toBe('Editing as ana');
}

async function relationCard(page: Page, heading: RegExp) {
  const card = page
    .locator('#details details.relation')
    .filter({ has: page.locator('.relation-heading', { hasText: heading }) });
  await card.first().waitFor();
  return card.first();
}

describe('viewer curation (browser, real server)', () => {
  it('should merge, reject, confirm, add from a sentence, undo, and rebuild to the corrected graph', async () => {
    const { page, errors } = await browser.newPage({ width: 1440, height: 900 });
    await page.goto(server.url + '/');
    await waitReady(page);
    expect(await nodeIds(page)).toContain('minsk');
    await signIn(page);

    // 1. multi-select merge: Minsk by keyboard (search, then M), Belarus by shift-click
    await pick(page, 'Search entities', 'Minsk');
    await expect.poll(() => page.locator('#details .entity-name').innerText()).toBe('Minsk');
    await page.locator('#graph').focus();
    await page.keyboard.press('m');
    const blr = await nodeOnScreen(page, 'BLR');
    await page.keyboard.down('Shift');
    await page.mouse.click(blr.x, blr.y);
    await page.keyboard.up('Shift');
    const bar = page.getByRole('region', { name: 'Selected actors' });
    await expect.poll(() => bar.innerText()).toMatch(/2 selected: Minsk, Belarus/);
    const storeActors = async () =>
      Number(/Store: (\d+) actors/.exec(await page.locator('#stats').innerText())?.[1]);
    const actorsBefore = await storeActors();
    await bar.getByRole('button', { name: 'Merge 2 actors' }).click();
    const merge = page.getByRole('dialog', { name: 'Merge 2 actors' });
    await merge.getByLabel(/^Belarus/).check();
    await merge.getByLabel('Why (optional)').fill('Minsk stands for the government here');
    await shot(page, 'merge-dialog');
    await merge.getByLabel('Why (optional)').press('Enter');
    await expect.poll(() => nodeIds(page)).not.toContain('minsk');
    await expect.poll(() => page.locator('#details .entity-name').innerText()).toBe('Belarus');
    await expect
      .poll(() => page.locator('#details .curation-notes').innerText())
      .toContain('merged from Minsk');
    // the footer's store totals follow the correction (one actor fewer)
    await expect.poll(storeActors).toBe(actorsBefore - 1);
    await shot(page, 'merged');

    // 2. reject a relation from its evidence card
    const criticizes = await relationCard(page, /CRITICIZES ← European Union/);
    await criticizes.getByRole('button', { name: /^Reject/ }).click();
    const reject = page.getByRole('dialog', { name: 'Reject this relation' });
    await reject.getByLabel('Reason').selectOption('wrong-actor');
    await reject.getByLabel('Why (optional)').fill('the EU did not say it');
    await shot(page, 'reject-dialog');
    await reject.getByRole('button', { name: 'Reject' }).click();
    await expect
      .poll(() => page.locator('#details .curation-notes').innerText())
      .toContain('rejected: wrong actor');
    await expect
      .poll(() =>
        page
          .locator('#details .relation-heading', { hasText: 'CRITICIZES ← European Union' })
          .count(),
      )
      .toBe(0);

    // 3. confirm another: the note shows on its card
    const sanctions = await relationCard(page, /SANCTIONS ← European Union/);
    await sanctions.getByRole('button', { name: /^Confirm/ }).click();
    await expect
      .poll(async () =>
        (await relationCard(page, /SANCTIONS ← European Union/)).locator('.note-list').innerText(),
      )
      .toContain('confirmed by ana');
    await shot(page, 'confirmed');

    // 4. add a relation from part of a sentence selected in the document reader
    const role = await relationCard(page, /HOLDS_ROLE ← Alexander Lukashenko/);
    await role.evaluate((d) => ((d as HTMLDetailsElement).open = true));
    await role
      .getByRole('button', { name: /^Open document/ })
      .first()
      .click();
    const reader = page.getByRole('dialog', { name: 'Document reader' });
    await expect.poll(() => reader.locator('.evidence-sentence').count()).toBe(1);
    const phrase = 'Putin praised Lukashenko';
    await reader.locator('.sentence', { hasText: phrase }).evaluate((el, text) => {
      const node = el.firstChild!;
      const at = node.textContent!.indexOf(text);
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + text.length);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
    }, phrase);
    await expect
      .poll(() => reader.locator('.reader-picked').innerText())
      .toBe(`Selected: “${phrase}”`);
    await shot(page, 'reader');
    await reader.getByRole('button', { name: 'Add relation…' }).click();
    const add = page.getByRole('dialog', { name: 'Add a relation' });
    await pick(page, 'Source actor', 'Vladimir Putin');
    await add.getByLabel('Relation').selectOption('SUPPORTS');
    await pick(page, 'Target actor', 'Alexander Lukashenko');
    await shot(page, 'add-dialog');
    await add.getByRole('button', { name: 'Add relation' }).click();
    await expect.poll(() => edgeBetween(page, 'vladimir-putin', 'alexander-lukashenko')).toBe(true);
    await expect.poll(() => reader.count()).toBe(0);

    // 5. history: newest first, statuses; undo the confirmation
    await page.getByText('Corrections history').click();
    const items = page.locator('#history .history-item');
    await expect.poll(() => items.count()).toBe(4);
    expect(await items.first().innerText()).toMatch(
      /Added Vladimir Putin —SUPPORTS→ Alexander Lukashenko[\s\S]*active[\s\S]*ana/,
    );
    const confirmItem = items.filter({
      has: page.locator('.history-what', { hasText: /^Confirmed European Union/ }),
    });
    await confirmItem.getByRole('button', { name: /^Undo/ }).click();
    await expect.poll(() => items.count()).toBe(5);
    await expect.poll(() => confirmItem.locator('.status-chip').innerText()).toBe('undone');
    await shot(page, 'history');
    expect(errors).toEqual([]);

    const records: CorrectionRecord[] = (await log).records();
    const added = records.find((r) => r.kind === 'add');
    const talks = FIXTURE_TEXTS.find((d) => d.id === 'doc-talks')!.text;
    expect(
      added && 'evidence' in added && talks.slice(added.evidence.start, added.evidence.end),
    ).toBe(phrase);

    // 6. phone: notes and actions fit; the reject dialog fits the screen
    const phone = await browser.newPage({ width: 390, height: 844 });
    await phone.page.goto(`${server.url}/?focus=BLR#editor=${EDITOR_TOKEN}`);
    await waitReady(phone.page);
    await expect
      .poll(() => phone.page.locator('#details .curation-notes').innerText())
      .toContain('merged from Minsk');
    await phone.page.screenshot({ path: screenshotPath('curation-phone') });
    await phone.page
      .getByRole('button', { name: /^Reject / })
      .first()
      .click();
    const phoneDialog = phone.page.getByRole('dialog', { name: 'Reject this relation' });
    const box = (await phoneDialog.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    await phone.page.screenshot({ path: screenshotPath('curation-phone-reject') });
    await phone.page.keyboard.press('Escape');

    // 7. delete the store, rebuild it from the documents and the corrections log
    const before = await graphOf(server);
    await server.close();
    server = await startCurationServer(await log);
    const after = await graphOf(server);
    expect(after).toEqual(before);
    expect(after.actors.some((a) => a.startsWith('minsk:'))).toBe(false);
    expect(after.relations).not.toContain('european-union CRITICIZES BLR');
    expect(after.relations).toContain('vladimir-putin SUPPORTS alexander-lukashenko');
    const rebuilt = await browser.newPage({ width: 1440, height: 900 });
    await rebuilt.page.goto(server.url + '/?focus=BLR');
    await waitReady(rebuilt.page);
    await expect
      .poll(() => rebuilt.page.locator('#details .curation-notes').innerText())
      .toMatch(/merged from Minsk[\s\S]*rejected: wrong actor/);
    await rebuilt.page.screenshot({ path: screenshotPath('curation-rebuilt') });
  }, 240_000);

  it('should rename, change the type of and split an alias off an actor from its details', async () => {
    const { page, errors } = await browser.newPage({ width: 1440, height: 900 });
    await page.goto(`${server.url}/?focus=belta&sel=belta#editor=${EDITOR_TOKEN}`);
    await waitReady(page);
    const details = page.locator('#details');
    await expect.poll(() => details.locator('.entity-name').innerText()).toBe('Belta');

    await details.getByRole('button', { name: 'Rename' }).click();
    const rename = page.getByRole('dialog', { name: 'Rename Belta' });
    await rename.getByLabel('New name').fill('BelTA');
    await rename.getByLabel('New name').press('Enter');
    await expect.poll(() => details.locator('.entity-name').innerText()).toBe('BelTA');
    await expect
      .poll(() => details.locator('.curation-notes').innerText())
      .toContain('renamed from Belta');

    await details.getByRole('button', { name: 'Change type' }).click();
    const retype = page.getByRole('dialog', { name: 'Change the type of BelTA' });
    await retype.getByLabel('Type').selectOption('Group');
    await retype.getByRole('button', { name: 'Change type' }).click();
    await expect.poll(() => details.locator('.type-chip').innerText()).toMatch(/Group/i);
    await expect
      .poll(() => details.locator('.curation-notes').innerText())
      .toContain('type changed from Organization');
    await shot(page, 'renamed');

    await pick(page, 'Search entities', 'Belarus');
    await expect.poll(() => details.locator('.entity-name').innerText()).toBe('Belarus');
    await details.getByRole('button', { name: 'Split alias off' }).click();
    const split = page.getByRole('dialog', { name: 'Split an alias off Belarus' });
    await split.getByLabel('Alias').selectOption('Belarusian');
    await split.getByLabel('Name of the actor it becomes').fill('Belarusians');
    await split.getByLabel('Its type').selectOption('Group');
    await shot(page, 'split-dialog');
    await split.getByRole('button', { name: 'Split off' }).click();
    await expect
      .poll(() => details.locator('.curation-notes').innerText())
      .toContain('alias "Belarusian" split off into Belarusians');
    await expect.poll(() => details.locator('.aliases').innerText()).not.toContain('Belarusian');
    expect(errors).toEqual([]);
  }, 240_000);
});
