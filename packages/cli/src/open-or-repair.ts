import { existsSync } from 'node:fs';
import {
  bufferPoolOf,
  dataDirOf,
  documentLogPath,
  openStore,
  StoreDamagedError,
  type GraphStore,
} from '@kg/graph-store';
import { rebuildStore } from './commands/repair';

/**
 * The store the environment asks for. When the embedded database does not open because its
 * files are damaged (a crash at a bad instant, a disk fault) and its document log exists, the
 * store is rebuilt from the log first — what `kg repair` does: the damaged files are moved aside,
 * never deleted — with a message on `notify`. KG_AUTO_REPAIR=0 turns this off (the open error,
 * which names `kg repair`, is thrown instead). A lock held by another process is never repaired.
 */
export async function openOrRepair(
  env: NodeJS.ProcessEnv,
  notify: (line: string) => void,
  stderr?: NodeJS.WriteStream,
): Promise<GraphStore> {
  try {
    return await openStore(env);
  } catch (err) {
    const dir = dataDirOf(env);
    if (
      !(err instanceof StoreDamagedError) ||
      env.KG_AUTO_REPAIR === '0' ||
      !existsSync(documentLogPath(dir))
    )
      throw err;
    notify(
      `kg: the store in ${dir} does not open (${err.message}); rebuilding it from its document log, as \`kg repair\` does (set KG_AUTO_REPAIR=0 to stop this)`,
    );
    let report: Awaited<ReturnType<typeof rebuildStore>>;
    try {
      report = await rebuildStore(dir, { bufferPoolSize: bufferPoolOf(env), stderr });
    } catch (repairErr) {
      throw new StoreDamagedError(
        'open-store',
        `${err.message}; the automatic rebuild failed too: ${(repairErr as Error).message}`,
        { cause: repairErr },
      );
    }
    const { documents, relations } = report.stats;
    notify(
      `kg: rebuilt ${documents} documents (${relations} relations) in ${(report.elapsedMs / 1000).toFixed(1)} s` +
        (report.movedTo ? `; the damaged database is kept at ${report.movedTo}` : '') +
        (report.failures.length ? `; ${report.failures.length} document(s) failed again` : ''),
    );
    return openStore(env);
  }
}
