import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_EXECUTABLE } from '@kg/viewer';

export interface RenderImageOptions {
  format: 'png' | 'svg';
  width: number;
  height: number;
  title?: string;
  /** Fit the whole graph in the frame (views without a saved camera). */
  fit?: boolean;
  executablePath?: string;
  timeoutMs?: number;
}

/**
 * Opens a standalone view (renderStandaloneHtml) from a temp file in headless Chromium with the
 * network blocked, waits for the viewer to finish its layout (body[data-ready]), then asks the
 * viewer's own exporter (`window.kgExport`) for the image.
 */
export async function renderViewImage(html: string, opts: RenderImageOptions): Promise<Buffer> {
  const dir = await mkdtemp(join(tmpdir(), 'kg-export-'));
  const file = join(dir, 'view.html');
  await writeFile(file, html);
  const timeout = opts.timeoutMs ?? 60_000;
  const browser = await chromium.launch({
    executablePath: opts.executablePath ?? CHROMIUM_EXECUTABLE,
    args: [...CHROMIUM_ARGS],
    timeout,
  });
  try {
    const context = await browser.newContext({
      viewport: { width: opts.width, height: opts.height },
      deviceScaleFactor: 1,
    });
    await context.route('**', (r) =>
      r.request().url().startsWith('file:') ? r.continue() : r.abort(),
    );
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${pathToFileURL(file).href}#embed`);
    await page.waitForSelector('body[data-ready]', { timeout });
    if ((await page.getAttribute('body', 'data-ready')) !== 'true') {
      const why = (await page.textContent('#fatal'))?.trim() || errors.join('; ');
      throw new Error(`the viewer did not start: ${why || 'unknown error'}`);
    }
    const out = await page.evaluate(
      (o) =>
        (
          window as unknown as {
            kgExport(o: { format: string; title?: string; fit?: boolean }): Promise<string>;
          }
        ).kgExport(o),
      { format: opts.format, title: opts.title, fit: opts.fit },
    );
    if (opts.format === 'svg') return Buffer.from(out, 'utf8');
    const m = /^data:image\/png;base64,(.+)$/.exec(out);
    if (!m) throw new Error('the viewer returned no PNG');
    return Buffer.from(m[1], 'base64');
  } finally {
    await browser.close();
    await rm(dir, { recursive: true, force: true });
  }
}
