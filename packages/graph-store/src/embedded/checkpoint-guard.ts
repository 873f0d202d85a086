import {
  closeSync,
  copyFileSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Crash safety around engine checkpoints. A `kill -9` while Kùzu 0.11 writes a checkpoint (its
 * `.shadow` file present) can leave a database that no longer opens ("Found duplicated primary
 * key value"): the WAL is replayed over pages the checkpoint had already written. So the store
 * never lets the engine checkpoint on its own: before every checkpoint (and before an open or
 * close that will checkpoint a non-empty WAL) the database and its WAL are copied aside,
 * fsynced, and renamed into place as `<db>.pre-checkpoint`; the copy is removed once the
 * checkpoint is done. On open, a copy left by a process that died is put back: the database as
 * it was just before the checkpoint, every committed write still in its WAL. The same guard
 * runs on Ladybug (its checkpoint leaves other files, see CHECKPOINT_SIDE_FILES).
 */

/** WAL size past which a write transaction is followed by a checkpoint (Kùzu's default). */
export const CHECKPOINT_WAL_BYTES = Number(process.env.KG_CHECKPOINT_WAL_BYTES ?? 16 * 1024 ** 2);

/**
 * The WAL size that makes a checkpoint due: KG_CHECKPOINT_WAL_BYTES when set; else 16 MB, or a
 * quarter of the database file when that is larger, up to 256 MB. Each guarded checkpoint copies the whole file
 * aside first, so a fixed threshold makes a stream of small writes into a large store pay that
 * copy every 16 MB of WAL (two copies of a 0.5 GB file in 15k relations at scale 0.1); a
 * threshold growing with the file keeps the copy at most ~4 bytes per WAL byte.
 */
export function checkpointThreshold(path: string): number {
  if (process.env.KG_CHECKPOINT_WAL_BYTES) return CHECKPOINT_WAL_BYTES;
  const db = existsSync(path) ? statSync(path).size : 0;
  return Math.max(CHECKPOINT_WAL_BYTES, Math.min(Math.floor(db / 4), 256 * 1024 ** 2));
}

export const backupDirOf = (path: string): string => `${path}.pre-checkpoint`;
/**
 * Files an engine's checkpoint in progress leaves next to the database: Kùzu's `.shadow` pages;
 * Ladybug moves the WAL it checkpoints to `.wal.checkpoint` and takes two lock files. Restoring
 * the copy removes them: left there, the engine would replay the moved WAL over the restored
 * one (duplicated primary keys).
 */
const CHECKPOINT_SIDE_FILES = [
  '.shadow',
  '.wal.checkpoint',
  '.checkpoint.apply.lock',
  '.checkpoint.intent.lock',
];
const filesOf = (path: string): string[] => [path, `${path}.wal`];

function fsyncPath(p: string): void {
  const fd = openSync(p, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Bytes in the WAL of the database at `path` (0 when there is none). */
export function walBytes(path: string): number {
  return existsSync(`${path}.wal`) ? statSync(`${path}.wal`).size : 0;
}

/** True when `pid` is a running process (a zombie, killed but not yet reaped, is not). */
function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return false;
  try {
    process.kill(pid, 0);
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
  try {
    // "pid (name) S ...": the state follows the last ')'
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !/^[ZX]/.test(stat.slice(stat.lastIndexOf(')') + 2));
  } catch {
    return true; // no /proc: trust kill(0)
  }
}

/** Pid of the process that wrote the copy in `dir` (NaN when unreadable). */
const ownerOf = (dir: string): number => {
  try {
    return Number(readFileSync(join(dir, 'pid'), 'utf8'));
  } catch {
    return Number.NaN;
  }
};

function backup(path: string): void {
  const dir = backupDirOf(path);
  const tmp = `${dir}.tmp`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp);
  writeFileSync(join(tmp, 'pid'), String(process.pid));
  for (const f of filesOf(path)) {
    if (!existsSync(f)) continue;
    const to = join(tmp, basename(f));
    copyFileSync(f, to);
    fsyncPath(to);
  }
  renameSync(tmp, dir);
  fsyncPath(dirname(path));
}

/** Runs `fn` (a checkpoint, or an open/close that checkpoints) with the copy in place. */
export function withCheckpointBackup<T>(path: string, fn: () => T): T {
  backup(path);
  try {
    return fn();
  } finally {
    // the process is alive, so the checkpoint finished or was rolled back: the copy is not needed
    rmSync(backupDirOf(path), { recursive: true, force: true });
  }
}

/**
 * Before opening the database at `path`: puts back the copy left by a process that died during a
 * checkpoint. Returns what it did (for the log), or undefined when there was nothing to do;
 * throws when a live process is checkpointing it.
 */
export function restoreInterruptedCheckpoint(path: string): string | undefined {
  const dir = backupDirOf(path);
  const tmp = `${dir}.tmp`;
  if (existsSync(tmp) && !isAlive(ownerOf(tmp))) rmSync(tmp, { recursive: true, force: true });
  if (!existsSync(dir)) return undefined;
  const pid = ownerOf(dir);
  if (isAlive(pid)) throw new Error(`process ${pid} is checkpointing this database right now`);
  for (const f of filesOf(path)) {
    const saved = join(dir, basename(f));
    if (!existsSync(saved)) {
      rmSync(f, { force: true });
      continue;
    }
    copyFileSync(saved, `${f}.restoring`);
    fsyncPath(`${f}.restoring`);
    renameSync(`${f}.restoring`, f);
  }
  for (const suffix of CHECKPOINT_SIDE_FILES) rmSync(`${path}${suffix}`, { force: true });
  fsyncPath(dirname(path));
  rmSync(dir, { recursive: true, force: true });
  return `the last checkpoint of ${path} was interrupted (process ${pid} stopped during it): restored the database as it was just before, with every committed write`;
}
