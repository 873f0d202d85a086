import { writeFile, mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { EvidenceRow, SavedView, Subgraph } from '@kg/schema';
import { exportSubgraph, openStore, type GraphStore } from '@kg/graph-store';
import { createFileViewStore } from '@kg/graph-server';
import { renderStandaloneHtml, viewIdFromQuery, viewStateFromQuery } from '@kg/viewer';
import { intFlag, UsageError } from '../args';
import { str, type CommandSpec, type Opts } from '../command-spec';
import type { CliIO } from '../io';
import { viewStorePath } from '../serve';
import { renderViewImage } from './export-image';
import { exportFileName, exportFormatOf } from './export-target';

export const CLI_EXPORT_FORMATS = [
  'json',
  'gexf',
  'graphml',
  'cypher',
  'csv',
  'html',
  'png',
  'svg',
] as const;
type CliExportFormat = (typeof CLI_EXPORT_FORMATS)[number];
const VIEW_FORMATS: readonly CliExportFormat[] = ['html', 'png', 'svg'];

/** `--view`: a saved view id (from $KG_DATA_DIR/views.json), or a viewer URL / query string. */
async function resolveView(arg: string, io: CliIO): Promise<SavedView> {
  const looksLikeState = /[=?]/.test(arg);
  const id = looksLikeState ? viewIdFromQuery(arg) : arg;
  if (id === undefined) return { name: 'cli', state: viewStateFromQuery(arg) };
  const file = viewStorePath(io.env, io.cwd);
  const saved = await createFileViewStore(file).get(id);
  if (!saved)
    throw new UsageError(
      'export',
      `--view: no saved view "${id}" in ${file} (GET /api/views lists them)`,
    );
  return saved;
}

/** The graph the viewer loads for this view (same caps), so pinned positions line up. */
async function selectView(
  store: GraphStore,
  view: SavedView | undefined,
  focusFlag: string | undefined,
  depthFlag: number,
  limit: number,
): Promise<Subgraph> {
  const state = view?.state ?? {};
  if (state.query) {
    const res = await store.runUserQuery(state.query, {}, { limit: 1000, timeoutMs: 30_000 });
    return { nodes: res.nodes, edges: res.edges, omittedNodes: 0 };
  }
  const focus = view ? state.focus : focusFlag;
  if (focus === undefined) return store.subgraph({ limit, minConfidence: 0, includeWeak: false });
  const depth = view ? (state.depth ?? 1) : depthFlag;
  const sub = await store.neighborhood(focus, {
    depth,
    limit: view ? 300 : limit,
    minConfidence: 0,
    includeWeak: false,
  });
  if (sub === null)
    throw new UsageError(
      'export',
      `no entity with id "${focus}" (find ids with kg query or /api/search)`,
    );
  return sub;
}

async function collectEvidence(
  store: GraphStore,
  view: Subgraph,
): Promise<Record<string, EvidenceRow[]>> {
  const evidence: Record<string, EvidenceRow[]> = {};
  for (const edge of view.edges) evidence[edge.id] = (await store.evidence(edge.id)) ?? [];
  return evidence;
}

const EXPORT_NOTES = `--view takes a saved view id ($KG_DATA_DIR/views.json) or a viewer URL / query
string (focus, depth, filters, camera). png/svg render the html export in Debian's Chromium
(/usr/bin/chromium, or CHROMIUM_PATH); nothing is downloaded.`;

/**
 * `kg export --format F [--out FILE] [--focus ID --depth N | --view ID|URL] [--limit N]
 * [--title T] [--width W --height H] [--json]`.
 */
export const exportSpec: CommandSpec = {
  name: 'export',
  summary: 'export the graph, a neighbourhood or a saved view (json, gexf, graphml, html, png...)',
  options: [
    ['--format <format>', `${CLI_EXPORT_FORMATS.join(', ')} (default: the --out extension)`],
    ['--out <file>', 'write here instead of stdout (csv: a folder, or X.csv -> X.nodes.csv ...)'],
    ['--focus <id>', 'only the neighbourhood of this entity id'],
    ['--depth <n>', 'neighbourhood depth 1-3 (default 1)'],
    ['--limit <n>', 'at most this many nodes (default 500)'],
    ['--view <id|url>', 'a saved view or a viewer URL (html, png, svg)'],
    ['--title <title>', 'title of an html/png/svg report'],
    ['--width <px>', 'image width (default 1200)'],
    ['--height <px>', 'image height (default 800)'],
    ['--json', 'with --out: print {files: [{path, bytes}], nodes, edges, seconds} on stdout'],
  ],
  examples: [
    'kg export --out graph.gexf',
    'kg export --format json > graph.json',
    'kg export --out tables.csv   # tables.nodes.csv + tables.relationships.csv',
    'kg export --format png --focus BLR --depth 2 --title "Belarus" --out fig.png',
  ],
  notes: EXPORT_NOTES,
  run: exportCommand,
};

async function exportCommand(_args: string[], opts: Opts, io: CliIO): Promise<number> {
  const values = Object.fromEntries(Object.entries(opts).map(([k, v]) => [k, str(v)])) as Record<
    string,
    string | undefined
  >;
  const format = exportFormatOf(CLI_EXPORT_FORMATS, values.format, values.out);
  if ((format === 'csv' || format === 'png') && values.out === undefined)
    throw new UsageError(
      'export',
      `--format ${format} writes files: give --out ${format === 'csv' ? 'DIR or FILE.csv' : 'FILE'}`,
    );
  if (values.view !== undefined && !VIEW_FORMATS.includes(format))
    throw new UsageError('export', '--view works with --format html, png or svg');
  if (values.view !== undefined && values.focus !== undefined)
    throw new UsageError('export', 'give --view or --focus, not both');
  const depth = intFlag('export', 'depth', values.depth, 1, 1, 3);
  const limit = intFlag('export', 'limit', values.limit, 500, 1, 100_000);
  const width = intFlag('export', 'width', values.width, 1200, 200, 8000);
  const height = intFlag('export', 'height', values.height, 800, 200, 8000);
  const saved = values.view === undefined ? undefined : await resolveView(values.view, io);
  const t0 = performance.now();
  const store = await openStore(io.env);
  let view: Subgraph;
  let files: Record<string, string | Buffer>;
  try {
    view = await selectView(store, saved, values.focus, depth, limit);
    if (VIEW_FORMATS.includes(format)) {
      const evidence = await collectEvidence(store, view);
      const html = await renderStandaloneHtml({
        subgraph: view,
        evidence,
        title: values.title,
        view: saved,
      });
      files = {
        '':
          format === 'html'
            ? html
            : await renderViewImage(html, {
                executablePath: io.env.CHROMIUM_PATH || undefined,
                format: format as 'png' | 'svg',
                width,
                height,
                title: values.title,
                fit: !saved?.state.camera,
              }),
      };
    } else {
      const { body } = exportSubgraph(
        view,
        format as Exclude<CliExportFormat, 'png' | 'svg' | 'html'>,
      );
      files = typeof body === 'string' ? { '': body } : body;
    }
  } finally {
    await store.close();
  }
  const secs = ((performance.now() - t0) / 1000).toFixed(1);
  const written: Array<{ path: string; bytes: number }> = [];
  for (const [name, content] of Object.entries(files)) {
    if (values.out === undefined) {
      io.stdout.write(content);
      continue;
    }
    const target = resolve(io.cwd, exportFileName(values.out, name));
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, content);
    written.push({ path: target, bytes: Buffer.byteLength(content) });
    io.stderr.write(
      `kg export: wrote ${target} (${(Buffer.byteLength(content) / 1024).toFixed(1)} KB, ` +
        `${view.nodes.length} nodes, ${view.edges.length} edges, ${secs} s)\n`,
    );
  }
  if (opts.json && values.out !== undefined) {
    const { nodes, edges } = view;
    const summary = { files: written, nodes: nodes.length, edges: edges.length, seconds: +secs };
    io.stdout.write(`${JSON.stringify(summary)}\n`);
  }
  return 0;
}
