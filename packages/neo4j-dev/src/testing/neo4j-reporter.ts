/**
 * vitest reporter: counts the tests of the `neo4j` project (the JSON report does not say which
 * project a test ran in) and prints one line at the end. With KG_NEO4J_REPORT=FILE it also
 * writes `{ passed, failed, skipped, files, serverStartMs }` there, which .ci/run checks.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';

export interface Neo4jRunCounts {
  passed: number;
  failed: number;
  skipped: number;
  files: number;
  serverStartMs: number | null;
}

export function countNeo4jTests(modules: ReadonlyArray<TestModule>): Neo4jRunCounts {
  const counts: Neo4jRunCounts = {
    passed: 0,
    failed: 0,
    skipped: 0,
    files: 0,
    serverStartMs: null,
  };
  for (const module of modules) {
    if (module.project.name !== 'neo4j') continue;
    counts.files += 1;
    if (module.state() === 'failed' && [...module.children.allTests()].length === 0)
      counts.failed += 1; // the file itself failed (import, beforeAll)
    for (const test of module.children.allTests()) {
      const state = test.result().state;
      if (state === 'passed') counts.passed += 1;
      else if (state === 'failed') counts.failed += 1;
      else counts.skipped += 1;
    }
  }
  const start = Number(process.env.KG_NEO4J_SERVER_START_MS);
  counts.serverStartMs = Number.isFinite(start) && start > 0 ? start : null;
  return counts;
}

export default class Neo4jReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const counts = countNeo4jTests(modules);
    const file = process.env.KG_NEO4J_REPORT;
    if (file) {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, `${JSON.stringify(counts)}\n`);
    }
    if (counts.files === 0) return; // the neo4j project was not selected
    const start =
      counts.serverStartMs === null ? '' : `, server ready in ${counts.serverStartMs} ms`;
    console.log(
      `Neo4j tests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped in ${counts.files} files${start}`,
    );
  }
}
