import { afterAll, beforeAll, vi } from 'vitest';
import { buildViewer } from '../../index';
import { launchBrowser, type TestBrowser } from './browser';
import { startTestServer, type TestServer } from './server';

export interface Testbed {
  server: TestServer;
  browser: TestBrowser;
}

/**
 * For one browser test file: build the viewer, start a real server on the embedded store with the
 * fixture, launch Debian Chromium; close both after the file. Fields are set in beforeAll.
 */
export function useTestbed(): Testbed {
  const bed = {} as Testbed;
  beforeAll(async () => {
    // The CI box is shared (2 cores): give polled UI assertions more than the 1 s default.
    vi.setConfig({ expect: { poll: { timeout: 15_000, interval: 100 } } });
    await buildViewer();
    bed.server = await startTestServer();
    bed.browser = await launchBrowser();
  });
  afterAll(async () => {
    await bed.browser?.close();
    await bed.server?.close();
  });
  return bed;
}
