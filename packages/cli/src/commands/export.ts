import { writeFile, mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { EvidenceRow, Subgraph } from '@kg/schema';
import { exportSubgraph, openStore, type GraphStore } from '@kg/graph-store';
import { renderStandaloneHtml } from '@kg/viewer';
import { intFlag, parseCommandArgs, UsageError } from '../args';
import type { CliIO } from '../io';

export const CLI_EXPORT_FORMATS = ['json', 'gexf', 'graphml', 'cypher', 'csv', 'html'] as const;
type CliExportFormat = (typeof CLI_EXPORT_FORMATS)[number];

async function selectView(
  store: GraphStore,
  focus: string | undefined,
  depth: number,
  limit: number,
): Promise<Subgraph> {
  if (focus === undefined) return store.subgraph({ limit, minConfidence: 0, includeWeak: false });
  const view = await store.neighborhood(focus, {
    depth,
    limit,
    minConfidence: 0,
    includeWeak: false,
  });
  if (view === null)
    throw new UsageError(
      'export',
      `--focus: no entity with id "${focus}" (find ids with kg query or /api/search)`,
    );
  return view;
}

async function collectEvidence(
  store: GraphStore,
  view: Subgraph,
): Promise<Record<string, EvidenceRow[]>> {
  const evidence: Record<string, EvidenceRow[]> = {};
  for (const edge of view.edges) evidence[edge.id] = (await store.evidence(edge.id)) ?? [];
  return evidence;
}

/** `kg export --format F [--out FILE] [--focus ID --depth N] [--limit N] [--title T]`. */
export async function exportCommand(argv: string[], io: CliIO): Promise<number> {
  const { values } = parseCommandArgs('export', argv, {
    format: { type: 'string', default: 'json' },
    out: { type: 'string' },
    focus: { type: 'string' },
    depth: { type: 'string' },
    limit: { type: 'string' },
    title: { type: 'string' },
  });
  const format = values.format as CliExportFormat;
  if (!CLI_EXPORT_FORMATS.includes(format)) {
    throw new UsageError(
      'export',
      `--format must be one of ${CLI_EXPORT_FORMATS.join(', ')} (got "${values.format}")`,
    );
  }
  if (format === 'csv' && values.out === undefined)
    throw new UsageError('export', '--format csv writes two files: give --out DIR');
  const depth = intFlag('export', 'depth', values.depth, 1, 1, 3);
  const limit = intFlag('export', 'limit', values.limit, 500, 1, 100_000);
  const store = await openStore(io.env);
  try {
    const view = await selectView(store, values.focus, depth, limit);
    let files: Record<string, string>;
    if (format === 'html') {
      const evidence = await collectEvidence(store, view);
      files = { '': await renderStandaloneHtml({ subgraph: view, evidence, title: values.title }) };
    } else {
      const { body } = exportSubgraph(view, format);
      files = typeof body === 'string' ? { '': body } : body;
    }
    for (const [name, content] of Object.entries(files)) {
      if (values.out === undefined) {
        io.stdout.write(content);
        continue;
      }
      const target = name === '' ? resolve(io.cwd, values.out) : resolve(io.cwd, values.out, name);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, content);
      io.stderr.write(
        `kg export: wrote ${target} (${(Buffer.byteLength(content) / 1024).toFixed(1)} KB, ` +
          `${view.nodes.length} nodes, ${view.edges.length} edges)\n`,
      );
    }
    return 0;
  } finally {
    await store.close();
  }
}
