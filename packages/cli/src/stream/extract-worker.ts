/**
 * Worker thread body: loads the extractor's knowledge once, then extracts each batch it is sent
 * and posts the output back. Started by `extract-worker-boot.mjs` (which registers tsx, so that
 * this TypeScript file and the workspace packages load from source).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createExtractor, type DocumentInput, type ExtractOptions } from '@kg/extractor';
import type { ExtractorSetup } from './batch-extractor';

export interface WorkerRequest {
  id: number;
  inputs: DocumentInput[];
  options: ExtractOptions;
}

const port = parentPort;
if (!port) throw new Error('@kg/cli/extract-worker: must run in a worker thread');
const extractor = createExtractor((workerData as ExtractorSetup | undefined) ?? {});
port.on('message', ({ id, inputs, options }: WorkerRequest) => {
  try {
    port.postMessage({ id, output: extractor.extract(inputs, options) });
  } catch (error) {
    port.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
port.postMessage({ ready: true });
