import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EvidenceRow, SavedView, Subgraph, ViewStateInput } from '@kg/schema';
import { toSavedState } from './app/saved-view';
import { parseViewState } from './app/url-state';
import { buildBundle } from './bundle';

export { CHROMIUM_ARGS, CHROMIUM_EXECUTABLE } from './chromium';

/** The saved-view state a viewer URL or query string describes (`focus=BLR&depth=2&cam=…`). */
export function viewStateFromQuery(query: string): ViewStateInput {
  const at = query.indexOf('?');
  return toSavedState(parseViewState(at >= 0 ? query.slice(at + 1) : query));
}

/** The `view=<id>` of a viewer URL or query string, if any. */
export function viewIdFromQuery(query: string): string | undefined {
  const at = query.indexOf('?');
  return parseViewState(at >= 0 ? query.slice(at + 1) : query).viewId;
}

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
  /** A saved view to open as: filters, camera, pinned positions, title, caption. */
  view?: SavedView;
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
  const heading = data.title ?? data.view?.title ?? data.view?.state.title;
  const payload = {
    subgraph: data.subgraph,
    evidence: data.evidence ?? {},
    title: data.title,
    // Only the SavedView fields: a stored record also carries id and createdAt.
    view: data.view && {
      name: data.view.name,
      state: data.view.state,
      positions: data.view.positions,
      title: data.view.title,
      caption: data.view.caption,
    },
  };
  const title = heading ? `${heading} · Knowledge graph` : 'Knowledge graph';
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
