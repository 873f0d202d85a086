import { defineConfig } from 'vitest/config';

// CI sets VITEST_JSON_OUT to get vitest's JSON report (pass/fail totals) next to the default output.
const jsonOut = process.env.VITEST_JSON_OUT;

export default defineConfig({
  test: {
    include: ['packages/*/src/**/*.test.ts', 'scripts/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 240_000,
    pool: 'forks',
    fileParallelism: true,
    maxWorkers: 2,
    reporters: jsonOut ? ['default', 'json'] : ['default'],
    outputFile: jsonOut ? { json: jsonOut } : undefined,
  },
});
