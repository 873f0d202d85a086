import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';
import { checkToolchain } from './packages/neo4j-dev/src/toolchain.ts';

// CI sets VITEST_JSON_OUT to get vitest's JSON report (pass/fail totals) next to the default output.
const jsonOut = process.env.VITEST_JSON_OUT;

/**
 * Files the `neo4j` project runs against a real Neo4j (KG_TEST_STORE=neo4j): the Neo4j-only
 * files, plus the API and browser tests that take their store from `openEmptyTestStore`, so the
 * same tests run once on each store.
 */
const NEO4J_FILES = [
  'packages/*/src/**/*.neo4j.test.ts',
  'packages/graph-server/src/routes/graph-routes.test.ts',
  'packages/graph-server/src/routes/cypher-routes.test.ts',
  'packages/graph-server/src/routes/document-routes.test.ts',
  'packages/graph-server/src/routes/export-routes.test.ts',
  'packages/graph-server/src/routes/evidence-search-routes.test.ts',
  'packages/graph-server/src/routes/correction-routes.test.ts',
  'packages/viewer/src/e2e/viewer-skeleton.test.ts',
];

/**
 * The `neo4j` project needs Java 17+ and Maven (to build and start the dev server), or a server
 * of your own in KG_TEST_NEO4J_URI. Without them it is left out with one line; KG_REQUIRE_NEO4J=1
 * (set by .ci/run) turns that into an error.
 */
function neo4jProject(): TestProjectInlineConfiguration[] {
  if (!process.env.KG_TEST_NEO4J_URI) {
    const check = checkToolchain();
    if (!check.ok) {
      const line = `Neo4j tests skipped: ${check.reason} (or set KG_TEST_NEO4J_URI to a disposable Neo4j)`;
      if (process.env.KG_REQUIRE_NEO4J === '1') throw new Error(`KG_REQUIRE_NEO4J=1: ${line}`);
      console.warn(line);
      return [];
    }
  }
  return [
    {
      extends: true,
      test: {
        name: 'neo4j',
        include: NEO4J_FILES,
        env: { KG_TEST_STORE: 'neo4j' },
        globalSetup: ['packages/neo4j-dev/src/testing/global-setup.ts'],
        // one database shared by every file: one file at a time, after the unit project
        fileParallelism: false,
        maxWorkers: 1,
        sequence: { groupOrder: 1 },
      },
    },
  ];
}

const neo4j = neo4jProject();

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 240_000,
    pool: 'forks',
    reporters: [
      'default',
      ...(jsonOut ? ['json'] : []),
      ...(neo4j.length ? ['./packages/neo4j-dev/src/testing/neo4j-reporter.ts'] : []),
    ],
    outputFile: jsonOut ? { json: jsonOut } : undefined,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['packages/*/src/**/*.test.ts', 'scripts/**/*.test.ts'],
          exclude: ['**/node_modules/**', '**/*.neo4j.test.ts'],
          fileParallelism: true,
          maxWorkers: 2,
          sequence: { groupOrder: 0 },
        },
      },
      ...neo4j,
    ],
  },
});
