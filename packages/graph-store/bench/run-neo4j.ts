/**
 * The bench on Neo4j: a dev server (Neo4j 5.26 Community, @kg/neo4j-dev) with a fresh temp data
 * directory, default memory and a random password, stopped and deleted at the end, also when
 * the run fails or is interrupted.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_MEMORY, startNeo4jDevServer, type Neo4jDevServer } from '@kg/neo4j-dev';
import { createNeo4jStore } from '../src/neo4j';
import { DEFAULT_BATCH_DOCUMENTS } from '../src/neo4j/ingest-plan';
import { peakRssMb } from './bench-util';
import { installNeo4jProfile } from './neo4j-profile';
import { dirBytes, mb, procCpuSec, procPeakRssMb } from './proc-stats';
import { runPhases, type RunOptions } from './run-phases';
import { exportPhase, type Phase } from './store-phases';
import type { StoreFigures } from './store-figures';

/** With KG_NEO4J_PROFILE: how many of each phase's slowest statements get a PROFILE. */
const PLANS_PER_PHASE: Partial<Record<Phase, number>> = { bulk: 3, incremental: 1, reads: 4 };

const tail = (text: string, n: number): string => text.trimEnd().split('\n').slice(-n).join('\n');

export async function runNeo4j(options: RunOptions): Promise<StoreFigures> {
  const { log } = options;
  const dataDir = mkdtempSync(join(tmpdir(), 'kg-bench-neo4j-'));
  const password = randomBytes(12).toString('hex');
  let server: Neo4jDevServer | undefined;
  const cleanUp = async (): Promise<void> => {
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
  const onSignal = (signal: NodeJS.Signals): void =>
    void cleanUp().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  process.once('SIGINT', onSignal).once('SIGTERM', onSignal);
  try {
    server = await startNeo4jDevServer({ dataDir, port: 0, password });
    const { pid } = server;
    let stopping = false;
    void server.exited.then((code) => {
      if (!stopping) log(`the Neo4j JVM (pid ${pid}) exited during the run (code ${code})`);
    });
    log(`Neo4j ${server.version} (pid ${pid}) ready on ${server.uri} in ${server.startMs} ms`);
    const connection = { uri: server.uri, password };
    const profile = process.env.KG_NEO4J_PROFILE ? installNeo4jProfile(connection) : undefined;
    const { batchDocuments } = options;
    if (batchDocuments) log(`batchDocuments ${batchDocuments} (--neo4j-batch-documents)`);
    const store = await createNeo4jStore({
      uri: server.uri,
      user: 'neo4j',
      password,
      batchDocuments,
    });
    let figures: Omit<StoreFigures, 'dbMb' | 'peakRssMb'>;
    try {
      const { workload: _workload, ...run } = await runPhases(store, options, {
        serverCpuSec: () => procCpuSec(pid),
        afterPhase: (phase, seconds) =>
          profile?.report(phase, seconds, log, PLANS_PER_PHASE[phase]),
      });
      figures = { store: 'neo4j', scale: options.scale, ...run };
      if (run.reads) figures.exportSeconds = (await exportPhase(store, log)).seconds;
    } finally {
      await store.close();
    }
    const jvmPeakRssMb = procPeakRssMb(pid);
    stopping = true;
    await server.stop();
    const dbMb = mb(dirBytes(join(dataDir, 'data', 'databases', 'neo4j')));
    const txLogMb = mb(dirBytes(join(dataDir, 'data', 'transactions', 'neo4j')));
    const peak = peakRssMb();
    log(
      `store on disk ${dbMb} MB (+ ${txLogMb} MB transaction logs); peak RSS Node ${peak} MB, JVM ${jvmPeakRssMb ?? '?'} MB`,
    );
    const { version, startMs } = server;
    return {
      ...figures,
      dbMb,
      peakRssMb: peak,
      server: {
        version,
        startMs,
        ...DEFAULT_MEMORY,
        batchDocuments: options.batchDocuments ?? DEFAULT_BATCH_DOCUMENTS,
        jvmPeakRssMb,
        txLogMb,
      },
    };
  } catch (error) {
    const debugLog = join(dataDir, 'logs', 'debug.log');
    if (existsSync(debugLog))
      log(`last lines of Neo4j's debug.log:\n${tail(readFileSync(debugLog, 'utf8'), 15)}`);
    throw error;
  } finally {
    await cleanUp();
    process.off('SIGINT', onSignal).off('SIGTERM', onSignal);
  }
}
