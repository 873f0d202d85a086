import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import { dirname } from 'node:path';
import { IncompatibleStoreError } from '../errors';
import { ENGINE_LABELS, type EngineName } from './engine';

/**
 * Which engine wrote a database file, from its header: 4 magic bytes (`KUZU` for Kùzu, `LBUG`
 * for Ladybug) then the storage version as a little-endian u64 (Kùzu 0.11.3 writes 39, Ladybug
 * 0.19 writes 43). Neither engine opens the other's files.
 */
const MAGIC: Record<string, EngineName> = { KUZU: 'kuzu', LBUG: 'ladybug' };

export interface StoreFormat {
  engine: EngineName;
  storageVersion: number;
}

/** The engine and storage version of the database file at `path`; undefined if unknown. */
export function readStoreFormat(path: string): StoreFormat | undefined {
  if (!existsSync(path)) return undefined;
  const header = Buffer.alloc(12);
  const fd = openSync(path, 'r');
  try {
    if (readSync(fd, header, 0, header.length, 0) < header.length) return undefined;
  } finally {
    closeSync(fd);
  }
  const engine = MAGIC[header.toString('latin1', 0, 4)];
  return engine ? { engine, storageVersion: Number(header.readBigUInt64LE(4)) } : undefined;
}

/**
 * Before opening `path` with `engine`: throws IncompatibleStoreError when another engine wrote
 * it, naming the rebuild command. A new or unrecognised file is left to the engine.
 */
export function checkStoreFormat(path: string, engine: EngineName): void {
  const found = readStoreFormat(path);
  if (!found || found.engine === engine) return;
  throw new IncompatibleStoreError(
    'embedded',
    `this store was written by ${found.engine === 'kuzu' ? 'Kùzu 0.11' : ENGINE_LABELS[found.engine]} (storage version ${found.storageVersion}) and ${ENGINE_LABELS[engine]} cannot open it: rebuild it with \`kg repair\` (or move ${dirname(path)} aside and ingest again)`,
  );
}
