import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EvidenceRow, Subgraph } from '@kg/schema';
import { buildBundle } from './bundle';

/** Absolute path of the static files the server mounts (index.html, app.js, styles.css). */
export const VIEWER_PUBLIC_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../public');

/** Bundle src/app/main.ts into public/app.js (IIFE, es2020, minified by default). */
export async function buildViewer(options: { minify?: boolean } = {}): Promise<{ bytes: number }> {
  return buildBundle(join(VIEWER_PUBLIC_DIR, 'app.js'), options.minify ?? true);
}

export interface StandaloneData {
  subgraph: Subgraph;
  evidence?: Record<string, EvidenceRow[]>;
  title?: string;
}

/** Make text safe inside a <script> element: no closing tag, no HTML comment openers. */
export function escapeScript(text: string): string {
  return text.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

/** JSON safe inside <script type="application/json">: `<` never appears literally. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

/**
 * One self-contained HTML file (app, styles, data inlined) that opens offline from file://
 * with search, hover, evidence panel and legend. Builds app.js first if it is missing.
 */
export async function renderStandaloneHtml(data: StandaloneData): Promise<string> {
  const appPath = join(VIEWER_PUBLIC_DIR, 'app.js');
  const app = await readFile(appPath, 'utf8').catch(async () => {
    await buildViewer();
    return readFile(appPath, 'utf8');
  });
  const [html, css] = await Promise.all([
    readFile(join(VIEWER_PUBLIC_DIR, 'index.html'), 'utf8'),
    readFile(join(VIEWER_PUBLIC_DIR, 'styles.css'), 'utf8'),
  ]);
  const payload = { subgraph: data.subgraph, evidence: data.evidence ?? {}, title: data.title };
  const title = data.title ? `${data.title} · Knowledge graph` : 'Knowledge graph';
  return html
    .replace(/<title>[^<]*<\/title>/, () => `<title>${escapeHtml(title)}</title>`)
    .replace(
      '<link rel="stylesheet" href="styles.css" />',
      () => `<style>\n${escapeScript(css).replace(/<\/style/gi, '<\\/style')}\n</style>`,
    )
    .replace(
      '<script src="app.js"></script>',
      () =>
        `<script type="application/json" id="kg-inline-data">${jsonForScript(payload)}</script>\n    <script>\n${escapeScript(app)}\n</script>`,
    );
}
