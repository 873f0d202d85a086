import type { GraphStore } from '@kg/graph-store';
import type { CorrectionRecord } from '@kg/schema';
import { applyCorrections } from './apply';
import type { CorrectionsLog } from './corrections-log';
import { resolveCorrections } from './resolve';

/** The corrections in effect in `log`, resolved again only when the log changed. */
export function activeCorrections(log: CorrectionsLog): () => CorrectionRecord[] {
  let seen: CorrectionRecord[] | undefined;
  let active: CorrectionRecord[] = [];
  return () => {
    const records = log.records();
    if (records !== seen) {
      seen = records;
      active = resolveCorrections(records).active;
    }
    return active;
  };
}

/**
 * `store` with the corrections of `log` applied to every extraction before it is stored: every
 * ingest path that goes through it (CLI, server, repair) stores the corrected graph. Reads pass
 * through. `store` is a plain object, as both adapters (and `withDocumentLog`) return.
 */
export function withCorrections(store: GraphStore, log: CorrectionsLog): GraphStore {
  const active = activeCorrections(log);
  return {
    ...store,
    ingest: (result, texts, options) =>
      store.ingest(applyCorrections(result, active(), texts), texts, options),
  };
}
