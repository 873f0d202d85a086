import type { EvidenceRow } from '@kg/schema';
import type { Controller } from './controller';
import type { ReportMeta } from './report-layout';

const MAX_EDGES = 400;
const CONCURRENCY = 6;
const cache = new WeakMap<object, Map<string, EvidenceRow[]>>();

/** Evidence of each edge (cached per backend), a few requests at a time. */
async function evidenceOf(ctl: Controller, ids: string[]): Promise<EvidenceRow[]> {
  let seen = cache.get(ctl.api);
  if (!seen) cache.set(ctl.api, (seen = new Map()));
  const known = seen;
  const todo = ids.filter((id) => !known.has(id));
  const worker = async () => {
    for (let id = todo.shift(); id !== undefined; id = todo.shift()) {
      const rows = await ctl.api.evidence(id).then(
        (r) => r.evidence,
        () => [],
      );
      known.set(id, rows);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return ids.flatMap((id) => known.get(id) ?? []);
}

/** Counts, date range and cited documents of what is currently visible. */
export async function collectReportMeta(ctl: Controller): Promise<ReportMeta> {
  const { graph, state } = ctl;
  const hidden = state.visibility;
  const edges: string[] = [];
  let from: string | undefined;
  let to: string | undefined;
  graph.forEachEdge((e, a, s, t) => {
    if (hidden.hiddenEdges.has(e) || hidden.hiddenNodes.has(s) || hidden.hiddenNodes.has(t)) return;
    edges.push(e);
    const { firstDate, lastDate } = a.relation;
    const first = firstDate ?? lastDate;
    const last = lastDate ?? firstDate;
    if (first && (!from || first < from)) from = first;
    if (last && (!to || last > to)) to = last;
  });
  const actors = graph.filterNodes((n) => !hidden.hiddenNodes.has(n)).length;
  const rows = await evidenceOf(ctl, edges.slice(0, MAX_EDGES));
  const docs = new Map<string, { id: string; title?: string; date?: string }>();
  for (const r of rows)
    if (!docs.has(r.docId))
      docs.set(r.docId, { id: r.docId, title: r.docTitle, date: r.docDate ?? r.date });
  const sources = [...docs.values()].sort(
    (a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.id.localeCompare(b.id),
  );
  return {
    actors,
    relations: edges.length,
    dateRange: from && to ? { from, to } : undefined,
    sources,
  };
}
