import { once } from 'node:events';
import type { CliIO } from '../io';
import { createBatchExtractor } from './batch-extractor';
import type { BatchRule } from './batches';
import { extractStream } from './extract-stream';

/**
 * `kg extract --format ndjson`: one ExtractionResult line per batch, written as each batch is
 * extracted (in input order, waiting for stdout to drain), failures on stderr as they come.
 * Returns the counts the exit code depends on.
 */
export async function extractNdjson(
  args: string[],
  io: CliIO,
  options: { rule: BatchRule; workers: number | 'auto'; date?: string },
): Promise<{ documents: number; failures: number }> {
  const extractor = createBatchExtractor(options.workers);
  let documents = 0;
  let failures = 0;
  try {
    for await (const batch of extractStream(args, extractor, options)) {
      for (const f of [...batch.failures, ...batch.output.failures])
        io.stderr.write(`kg extract: ${f.origin}: ${f.message}\n`);
      failures += batch.failures.length + batch.output.failures.length;
      const { result } = batch.output;
      if (result.documents.length === 0) continue;
      documents += result.documents.length;
      if (!io.stdout.write(`${JSON.stringify(result)}\n`)) await once(io.stdout, 'drain');
    }
  } finally {
    await extractor.close();
  }
  return { documents, failures };
}
