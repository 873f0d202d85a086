import type { DocumentText, ExtractionResult } from '@kg/schema';
import type { GraphStore, IngestOptions, IngestReport } from '../graph-store';

/** One caller's `ingest` call, as a group commit carries it. */
export interface IngestPart {
  result: ExtractionResult;
  texts: DocumentText[];
  options?: IngestOptions;
}

/** What became of one part: its own report, or its own error (the others are not affected). */
export type PartOutcome = { ok: true; report: IngestReport } | { ok: false; error: unknown };

/**
 * A store that can commit several callers' ingests in one transaction (the embedded store, and
 * the document log in front of it). Outcomes come back in the order of `parts`; each part is
 * applied as if ingested alone, one after the other (a later part sees the earlier ones).
 */
export interface GroupIngest {
  ingestGroup(parts: IngestPart[]): Promise<PartOutcome[]>;
}

export type GroupingStore = GraphStore & Partial<GroupIngest>;

/** Runs each part alone, in order (stores without group commit). */
export async function ingestOneByOne(
  store: GraphStore,
  parts: IngestPart[],
): Promise<PartOutcome[]> {
  const out: PartOutcome[] = [];
  for (const p of parts) {
    try {
      out.push({ ok: true, report: await store.ingest(p.result, p.texts, p.options) });
    } catch (error) {
      out.push({ ok: false, error });
    }
  }
  return out;
}
