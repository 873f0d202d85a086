import { existsSync } from 'node:fs';
import {
  createEmbeddedStore,
  documentContentHash,
  documentLogPath,
  readLiveDocuments,
} from '@kg/graph-store';

const PAGE = 1000;

export interface CheckReport {
  logPath: string;
  /** Live documents in the log. */
  logged: number;
  stored: number;
  /** In the log, not in the store (lost by the store). */
  missing: string[];
  /** In the store, not in the log (ingested before the log existed, or by another tool). */
  extra: string[];
  /** In both with different content (title, date, source or text). */
  differing: string[];
  warnings: string[];
}

export const checkOk = (r: CheckReport): boolean =>
  r.missing.length + r.extra.length + r.differing.length === 0;

/** Opens the embedded store in `dataDir` read-only and compares its documents with the log. */
export async function checkStore(dataDir: string, bufferPoolSize: number): Promise<CheckReport> {
  const logPath = documentLogPath(dataDir);
  if (!existsSync(logPath))
    throw new Error(
      `no document log at ${logPath}: nothing to compare with (the log starts with the first ingest of this version)`,
    );
  const { documents, warnings } = readLiveDocuments(logPath);
  const logged = new Map(documents.map((d) => [d.id, d.hash]));
  const store = await createEmbeddedStore({ dir: dataDir, bufferPoolSize, readOnly: true });
  const report: CheckReport = {
    logPath,
    logged: logged.size,
    stored: 0,
    missing: [],
    extra: [],
    differing: [],
    warnings,
  };
  const seen = new Set<string>();
  try {
    for (let offset = 0; ; offset += PAGE) {
      const page = await store.listDocuments({ limit: PAGE, offset });
      for (const { id } of page.documents) {
        seen.add(id);
        const want = logged.get(id);
        if (want === undefined) {
          report.extra.push(id);
          continue;
        }
        const doc = await store.getDocument(id);
        if (!doc || documentContentHash(doc) !== want) report.differing.push(id);
      }
      if (page.documents.length < PAGE) break;
    }
  } finally {
    await store.close();
  }
  report.stored = seen.size;
  report.missing = [...logged.keys()].filter((id) => !seen.has(id));
  return report;
}

const SHOWN = 10;
const ids = (list: string[]): string =>
  list.slice(0, SHOWN).join(', ') +
  (list.length > SHOWN ? `, ... (${list.length - SHOWN} more)` : '');

export function formatCheck(r: CheckReport): string {
  const lines = [`log ${r.logPath}: ${r.logged} document(s); store: ${r.stored} document(s)`];
  if (r.missing.length)
    lines.push(`  missing from the store: ${r.missing.length}: ${ids(r.missing)}`);
  if (r.differing.length)
    lines.push(`  different in the store: ${r.differing.length}: ${ids(r.differing)}`);
  if (r.extra.length)
    lines.push(
      `  not in the log: ${r.extra.length}: ${ids(r.extra)} (ingested before the log existed? \`kg repair\` would drop them: ingest their files again first)`,
    );
  lines.push(
    checkOk(r)
      ? 'the store holds exactly the logged documents'
      : 'mismatch: `kg repair` rebuilds the store from the log',
  );
  return lines.join('\n');
}
