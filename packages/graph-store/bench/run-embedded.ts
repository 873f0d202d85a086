/** The bench on the embedded store (temp directory, 1 GB buffer pool), plus graphology. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEmbeddedStore } from '../src/embedded';
import { kuzuProfile, resetKuzuProfile } from '../src/embedded/kuzu-session';
import { peakRssMb } from './bench-util';
import { graphologyBaseline } from './graphology-baseline';
import { dirBytes, mb } from './proc-stats';
import { runPhases, type RunOptions } from './run-phases';
import { exportPhase } from './store-phases';
import type { StoreFigures } from './store-figures';

/** KG_KUZU_PROFILE=1: the slowest Kùzu statements of the bulk and incremental ingests. */
function printKuzuProfile(phase: string, log: (line: string) => void): void {
  if (!process.env.KG_KUZU_PROFILE || phase === 'reingest' || phase === 'reads') return;
  for (const p of kuzuProfile().slice(0, 12))
    log(`  ${phase} profile ${p.ms.toFixed(0)} ms / ${p.n}: ${p.cypher.slice(0, 140)}`);
  resetKuzuProfile();
}

const IDLE = fileURLToPath(new URL('./idle-rss.ts', import.meta.url));

/** RSS of a fresh process serving the store (idle-rss.ts); undefined if it failed. */
function idleRss(dir: string): { rssMb: number; peakRssMb: number } | undefined {
  const out = spawnSync(process.execPath, [...process.execArgv, IDLE, dir], { encoding: 'utf8' });
  const line = out.stdout?.split('\n').find((l) => l.startsWith('IDLE_RSS_JSON '));
  return line ? (JSON.parse(line.slice(14)) as { rssMb: number; peakRssMb: number }) : undefined;
}

export async function runEmbedded(options: RunOptions): Promise<StoreFigures> {
  const { log } = options;
  const dir = mkdtempSync(join(tmpdir(), 'kg-bench-'));
  try {
    const store = await createEmbeddedStore({ dir, bufferPoolSize: 1024 * 1024 * 1024 });
    let figures: Omit<StoreFigures, 'dbMb' | 'peakRssMb'>;
    try {
      resetKuzuProfile();
      const run = await runPhases(store, options, {
        afterPhase: (phase) => printKuzuProfile(phase, log),
      });
      const { workload, ...counted } = run;
      figures = { store: 'embedded', scale: options.scale, ...counted };
      if (run.reads) {
        const exported = await exportPhase(store, log);
        figures.exportSeconds = exported.seconds;
        figures.graphology = await graphologyBaseline(exported.graph, workload, log);
      }
    } finally {
      await store.close();
    }
    const dbMb = mb(dirBytes(dir));
    const peak = peakRssMb();
    log(`database on disk ${dbMb} MB; peak RSS ${peak} MB`);
    const idle = idleRss(dir);
    if (idle)
      log(`a server idling on it (own process): RSS ${idle.rssMb} MB, peak ${idle.peakRssMb} MB`);
    return { ...figures, dbMb, peakRssMb: peak, idleRssMb: idle?.rssMb };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
