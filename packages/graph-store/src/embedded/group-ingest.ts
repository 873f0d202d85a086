import type { IngestReport } from '../graph-store';
import type { IngestPart, PartOutcome } from '../ingest-queue/group';
import type { KuzuCatalog } from './kuzu-schema';
import type { KuzuSession } from './kuzu-session';
import type { WriteEffects } from './ingest';
import { num } from './values';
import { mergeParts, partReport, type MergedOutcome } from './group-merge';

export interface GroupDeps {
  session: KuzuSession;
  catalog: KuzuCatalog;
  /** One part's writes inside the open transaction (no commit). */
  inside: (part: IngestPart) => { report: IngestReport; effects: WriteEffects };
  /** One part in its own transaction (the fallback). */
  alone: (part: IngestPart) => IngestReport;
  /** The merged parts as one ingest, in its own transaction. */
  merged: (part: IngestPart) => MergedOutcome;
  /** Patch the read caches after the commit. */
  apply: (effects: WriteEffects) => void;
}

/**
 * Group commit. Parts that merge (group-merge.ts: distinct documents, no entity typed two ways,
 * valid input) are ingested as ONE extraction: every statement runs once for the group, set-based
 * over all its articles, and one COMMIT. Otherwise every part is written in order inside ONE
 * transaction: the fixed cost of a commit (~5–20 ms per touched relation table and label pair)
 * is paid once per group. If any part fails, the group rolls back (nothing of it is visible) and
 * each part runs again alone in its own transaction: the failing part gets its own error, the
 * others their reports, as sequential `ingest` calls would. An empty store takes the parts one
 * by one (the first is a COPY bulk load).
 */
export function ingestGroup(deps: GroupDeps, parts: IngestPart[]): PartOutcome[] {
  const { session, catalog } = deps;
  const grouped = parts.length > 1 && !isEmpty(session);
  const merged = grouped ? mergeParts(parts) : null;
  if (merged) {
    try {
      const out = deps.merged(merged);
      return parts.map((p) => ({ ok: true, report: partReport(p, out) }));
    } catch {
      // a part the store refuses (e.g. a re-typed entity): each alone below
      catalog.load();
      return parts.map((p) => alone(deps, p));
    }
  }
  if (grouped) {
    const effects: WriteEffects[] = [];
    try {
      const reports = session.transaction(() =>
        parts.map((p) => {
          const out = deps.inside(p);
          effects.push(out.effects);
          return out.report;
        }),
      );
      for (const e of effects) deps.apply(e);
      return reports.map((report) => ({ ok: true, report }));
    } catch {
      // DDL of the rolled-back transaction is gone too: reload the pairs the catalog knows
      catalog.load();
    }
  }
  return parts.map((p) => alone(deps, p));
}

function alone(deps: GroupDeps, p: IngestPart): PartOutcome {
  try {
    return { ok: true, report: deps.alone(p) };
  } catch (error) {
    return { ok: false, error };
  }
}

const isEmpty = (session: KuzuSession): boolean =>
  num(session.rows('MATCH (d:Document) RETURN count(*) AS c')[0]?.c) === 0;
