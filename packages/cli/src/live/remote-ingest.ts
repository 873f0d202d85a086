import type { DocumentInput } from '@kg/extractor';
import { addReport, emptySummary, type IngestSummary } from '../ingest-paths';
import { readSources } from '../inputs/read-sources';
import { createProgress } from '../progress';
import { ServerClientError, type PostedDocument, type ServerClient } from './server-client';

/** The server's default KG_BODY_LIMIT, when server.json does not say. */
const DEFAULT_BODY_LIMIT = 10 * 1024 * 1024;

export interface RemoteIngestOptions {
  batch: number;
  stderr?: NodeJS.WriteStream;
  date?: string;
  timeoutMs?: number;
}

/**
 * `kg ingest` through a running server: inputs are read here exactly as for the direct path,
 * then posted as documents in batches of at most `batch` documents and below the server's body
 * limit. Failures name the file (or URL) they came from.
 */
export async function ingestThroughServer(
  client: ServerClient,
  paths: string[],
  options: RemoteIngestOptions,
): Promise<IngestSummary> {
  const started = performance.now();
  const { inputs, failures } = await readSources(paths, {
    date: options.date,
    limits: options.timeoutMs ? { timeoutMs: options.timeoutMs } : {},
  });
  const summary = emptySummary(failures);
  await postInputs(client, inputs, summary, options);
  summary.elapsedMs = performance.now() - started;
  return summary;
}

/**
 * Posts read documents in batches (count and bytes), adding each answer to `summary` and the
 * stored documents' ids to `onIds` when given.
 */
export async function postInputs(
  client: ServerClient,
  inputs: DocumentInput[],
  summary: IngestSummary,
  options: {
    batch: number;
    stderr?: NodeJS.WriteStream;
    date?: string;
    onIds?: string[];
    /** No progress lines (kg watch logs each file itself). */
    quiet?: boolean;
  },
): Promise<void> {
  // the JSON envelope and escaping take a little room: stay 10% below the limit
  const maxBytes = Math.floor((client.server.bodyLimit ?? DEFAULT_BODY_LIMIT) * 0.9);
  const progress = options.quiet
    ? { update: () => undefined, stop: () => undefined }
    : createProgress('ingest', options.stderr);
  progress.update(0, inputs.length);
  let batch: Array<[DocumentInput, PostedDocument]> = [];
  let bytes = 0;
  let done = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    const ids = await postBatch(client, batch, summary);
    options.onIds?.push(...ids);
    done += batch.length;
    progress.update(done, inputs.length, batch.at(-1)![0].origin ?? '');
    batch = [];
    bytes = 0;
  };
  for (const input of inputs) {
    const doc = toPosted(input, options.date);
    const size = Buffer.byteLength(JSON.stringify(doc)) + 1;
    if (size > maxBytes) {
      summary.failures.push({
        origin: input.origin ?? input.id ?? 'document',
        message: `@kg/cli/remote-ingest: ${size} bytes, over the server's body limit (${maxBytes} usable): raise KG_BODY_LIMIT on the server or split the document`,
      });
      continue;
    }
    if (batch.length >= options.batch || bytes + size > maxBytes) await flush();
    batch.push([input, doc]);
    bytes += size;
  }
  await flush();
  progress.stop();
}

function toPosted(input: DocumentInput, date: string | undefined): PostedDocument {
  const { id, text, title, source, format } = input;
  // --date is the direct path's reference date: a document without its own date gets it
  const when = input.date ?? date;
  return {
    text,
    ...(id ? { id } : {}),
    ...(title ? { title } : {}),
    ...(when ? { date: when } : {}),
    ...(source ? { source } : {}),
    ...(format ? { format } : {}),
  };
}

async function postBatch(
  client: ServerClient,
  batch: Array<[DocumentInput, PostedDocument]>,
  summary: IngestSummary,
): Promise<string[]> {
  let answer;
  try {
    answer = await client.ingest(batch.map(([, doc]) => doc));
  } catch (error) {
    // a smaller body limit than server.json said: halve the batch and try again
    if (error instanceof ServerClientError && error.status === 413 && batch.length > 1) {
      const half = Math.ceil(batch.length / 2);
      const first = await postBatch(client, batch.slice(0, half), summary);
      return [...first, ...(await postBatch(client, batch.slice(half), summary))];
    }
    throw error;
  }
  // the server names a failure by document id, or "document N" (1-based in this batch)
  const origins = new Map<string, string>();
  batch.forEach(([input, doc], i) => {
    const origin = input.origin ?? doc.id ?? `document ${i + 1}`;
    origins.set(doc.id ?? `document ${i + 1}`, origin);
  });
  for (const f of answer.failures) {
    summary.failures.push({ origin: origins.get(f.origin) ?? f.origin, message: f.message });
  }
  addReport(summary, answer.report);
  return answer.documents;
}
