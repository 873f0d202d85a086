/**
 * KG_NEO4J_PROFILE=1, bench only: where the Neo4j adapter's time goes, measured by wrapping the
 * driver's `ManagedTransaction.run` and `Session.executeRead/executeWrite` in this process (the
 * adapter is unchanged). Per statement: client ms (run until every record is received) and server
 * ms (`resultAvailableAfter + resultConsumedAfter` of its summary). Per phase: wall time split into
 * write transactions (statements + commit), read transactions and the rest (JS planning).
 */
import neo4j, { ManagedTransaction, Session, type ResultSummary } from 'neo4j-driver';
import { allStatements } from '../src/neo4j/statements';
import { profilePlans, type PlanRequest } from './neo4j-plan';

interface Entry {
  n: number;
  rows: number;
  ms: number;
  serverMs: number;
}
type Fn = (this: unknown, ...args: unknown[]) => unknown;
type Patchable = Record<string, Fn>;

const NAMES = new Map(allStatements().map((s) => [s.cypher, s.name]));

function rowsOf(params: unknown): number {
  const p = (params ?? {}) as Record<string, unknown>;
  const list = p.rows ?? p.ids ?? p.frontier;
  return Array.isArray(list) ? list.length : 1;
}

export interface Neo4jProfile {
  /**
   * Logs the time split and the slowest statements since the last report, then resets;
   * `plans` > 0 also logs the PROFILE of that many of the slowest statements.
   */
  report(
    phase: string,
    wallSeconds: number,
    log: (line: string) => void,
    plans?: number,
  ): Promise<void>;
}

export function installNeo4jProfile(connection: { uri: string; password: string }): Neo4jProfile {
  const statements = new Map<string, Entry>();
  const lastCall = new Map<string, PlanRequest>();
  const tx = { read: 0, write: 0, writes: 0, commit: 0 };
  const add = (key: string, rows: number, ms: number, summary?: ResultSummary) => {
    const e = statements.get(key) ?? { n: 0, rows: 0, ms: 0, serverMs: 0 };
    e.n += 1;
    e.rows += rows;
    e.ms += ms;
    if (summary)
      e.serverMs +=
        neo4j.integer.toNumber(summary.resultAvailableAfter) +
        neo4j.integer.toNumber(summary.resultConsumedAfter);
    statements.set(key, e);
  };
  const run = ManagedTransaction.prototype as unknown as Patchable;
  const originalRun = run.run;
  run.run = function (...args) {
    const key = NAMES.get(String(args[0])) ?? String(args[0]).slice(0, 60).replace(/\s+/g, ' ');
    lastCall.set(key, {
      name: key,
      cypher: String(args[0]),
      params: (args[1] ?? {}) as Record<string, unknown>,
    });
    const t0 = performance.now();
    const result = originalRun.apply(this, args) as PromiseLike<{ summary: ResultSummary }>;
    result.then(
      ({ summary }) => add(key, rowsOf(args[1]), performance.now() - t0, summary),
      () => add(`${key} (failed)`, rowsOf(args[1]), performance.now() - t0),
    );
    return result;
  };
  const session = Session.prototype as unknown as Patchable;
  for (const [method, kind] of [
    ['executeRead', 'read'],
    ['executeWrite', 'write'],
  ] as const) {
    const original = session[method];
    session[method] = async function (work, ...rest) {
      const t0 = performance.now();
      let workDone = t0;
      const timedWork = async (t: unknown) => {
        try {
          return await (work as (t: unknown) => Promise<unknown>)(t);
        } finally {
          workDone = performance.now();
        }
      };
      try {
        return await original.call(this, timedWork, ...rest);
      } finally {
        const end = performance.now();
        tx[kind] += end - t0;
        tx.commit += end - workDone;
        if (kind === 'write') tx.writes += 1;
      }
    };
  }
  return {
    async report(phase, wallSeconds, log, plans = 0) {
      const all = [...statements.entries()].sort((a, b) => b[1].ms - a[1].ms);
      const sum = all.reduce((s, [, e]) => s + e.ms, 0);
      const s = (ms: number) => (ms / 1000).toFixed(1);
      const inTx = tx.write + tx.read;
      log(
        `  ${phase} profile: wall ${wallSeconds.toFixed(1)} s = ${tx.writes} write transactions ${s(tx.write)} s + read transactions ${s(tx.read)} s + outside transactions (JS planning) ${(wallSeconds - inTx / 1000).toFixed(1)} s; inside transactions: statements ${s(sum)} s, commits ${s(tx.commit)} s, the rest (work-function JS, session) ${s(inTx - sum - tx.commit)} s`,
      );
      for (const [key, e] of all.slice(0, 12))
        log(
          `  ${phase} profile ${s(e.ms)} s (server ${s(e.serverMs)} s) / ${e.n} runs, ${e.rows} rows (${((1000 * e.rows) / Math.max(1, e.ms)).toFixed(0)} rows/s): ${key}`,
        );
      const requests = all.slice(0, plans).flatMap(([key]) => lastCall.get(key) ?? []);
      statements.clear();
      lastCall.clear();
      Object.assign(tx, { read: 0, write: 0, writes: 0, commit: 0 });
      if (requests.length === 0) return;
      for (const line of await profilePlans(connection, requests)) log(`  ${phase} ${line}`);
    },
  };
}
