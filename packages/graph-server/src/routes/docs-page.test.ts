import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_ROUTES } from '../api-routes';
import { startServer } from '../start-server';
import type { TestEnv } from '../test-support/test-app';
import { createTestEnv, silentLogger, testConfig } from '../test-support/test-app';

const ARTIFACTS = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../../test-artifacts/graph-server',
);

let env: TestEnv;
let browser: Browser;
let server: { url: string; close(): Promise<void> };

beforeAll(async () => {
  env = await createTestEnv();
  server = await startServer(
    { store: env.store, config: testConfig(), logger: silentLogger },
    { port: 0, host: '127.0.0.1', shutdownGraceMs: 500 },
  );
  // Debian Chromium, as in the viewer's browser tests (never a downloaded build).
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-background-networking', '--no-first-run'],
  });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await env?.close();
});

describe('docs page', () => {
  it('should render every operation with its examples, from this server only', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
    const page = await context.newPage();
    const requests: string[] = [];
    const problems: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));

    await page.goto(`${server.url}/api/docs`);
    await page.waitForSelector('.opblock', { timeout: 30_000 });
    const paths = await page.$$eval('.opblock-summary-path', (els) =>
      els.map((e) => e.getAttribute('data-path')),
    );
    expect(paths).toEqual(expect.arrayContaining(['/api/subgraph', '/api/cypher', '/api/docs']));
    expect(paths.length).toBe(API_ROUTES.length);

    await page.click('#operations-graph-getApiSubgraph .opblock-summary');
    const op = page.locator('#operations-graph-getApiSubgraph');
    await op.locator('.responses-wrapper').waitFor();
    const text = await op.innerText();
    expect(text).toContain('Filtered subgraph');
    expect(text).toContain('RUS__ATTACKS__UKR'); // the response example
    expect(text).toContain('relationTypes');
    await mkdir(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, 'api-docs.png') });
    await op.locator('.responses-table [data-code="200"]').first().scrollIntoViewIfNeeded();
    await page.mouse.wheel(0, 300);
    await page.screenshot({ path: path.join(ARTIFACTS, 'api-docs-subgraph-example.png') });

    const origin = new URL(server.url).origin;
    const elsewhere = requests.filter(
      (u) => !u.startsWith(`${origin}/`) && !/^(data|blob):/.test(u),
    );
    expect(elsewhere).toEqual([]);
    expect(requests).toContain(`${origin}/api/openapi.json`);
    expect(problems).toEqual([]);
    await context.close();
  });
});
