import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, renameSync } from 'node:fs';
import { basename, join } from 'node:path';
import { StoreError } from '../errors';
import { backupDirOf } from './checkpoint-guard';
import { DATABASE_FILE } from './embedded-store';

/** Every file Kùzu and the checkpoint guard keep for the database at `path`. */
const databaseFiles = (path: string): string[] => [
  path,
  `${path}.wal`,
  `${path}.shadow`,
  `${path}.tmp`,
  backupDirOf(path),
  `${backupDirOf(path)}.tmp`,
];

/**
 * Moves the embedded database of data directory `dir` (its file, WAL, shadow and checkpoint
 * copy) into `<dir>/graph.kuzu.broken-<timestamp>/`, never deleting anything, so a fresh store
 * can be created in its place. Returns that directory, or undefined when there was no database.
 */
export function moveDatabaseAside(dir: string, now = new Date()): string | undefined {
  const path = join(dir, DATABASE_FILE);
  const present = databaseFiles(path).filter((f) => existsSync(f));
  if (!present.length) return undefined;
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const aside = `${path}.broken-${stamp}`;
  try {
    mkdirSync(aside);
    for (const f of present) renameSync(f, join(aside, basename(f)));
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch (err) {
    throw new StoreError(
      'embedded',
      `cannot move the database ${path} aside to ${aside}: ${String(err)} (check the directory's permissions; files already moved are in ${aside})`,
      { cause: err },
    );
  }
  return aside;
}
