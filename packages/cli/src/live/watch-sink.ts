import { createExtractor, type DocumentInput } from '@kg/extractor';
import type { GraphStore, IngestReport } from '@kg/graph-store';
import { addReport, emptySummary } from '../ingest-paths';
import type { Target } from './connect';
import { postInputs } from './remote-ingest';

export interface SinkAnswer {
  /** Ids of the documents stored from these inputs. */
  ids: string[];
  report: IngestReport;
  failures: Array<{ origin: string; message: string }>;
}

/** Where `kg watch` puts one file's documents: the running server, or the store it holds. */
export interface WatchSink {
  /** "the running server at URL" or "the kuzu store". */
  readonly where: string;
  ingest(inputs: DocumentInput[]): Promise<SinkAnswer>;
  deleteDocument(id: string): Promise<boolean>;
  close(): Promise<void>;
}

export function createWatchSink(target: Target, options: { date?: string }): WatchSink {
  return target.kind === 'server'
    ? serverSink(target.client, options)
    : storeSink(target.store, options);
}

function serverSink(
  client: Extract<Target, { kind: 'server' }>['client'],
  options: { date?: string },
): WatchSink {
  return {
    where: `the running server at ${client.url}`,
    async ingest(inputs) {
      const summary = emptySummary();
      const ids: string[] = [];
      await postInputs(client, inputs, summary, {
        batch: 50,
        date: options.date,
        onIds: ids,
        quiet: true,
      });
      return { ids, report: summary, failures: summary.failures };
    },
    deleteDocument: (id) => client.deleteDocument(id),
    close: async () => undefined,
  };
}

function storeSink(store: GraphStore, options: { date?: string }): WatchSink {
  const extractor = createExtractor();
  return {
    where: `the ${store.dialect} store (held until kg watch stops)`,
    async ingest(inputs) {
      const { result, texts, failures } = extractor.extract(inputs, {
        referenceDate: options.date,
      });
      const summary = emptySummary(failures);
      if (result.documents.length > 0) addReport(summary, await store.ingest(result, texts));
      return { ids: result.documents.map((d) => d.id), report: summary, failures };
    },
    deleteDocument: (id) => store.deleteDocument(id),
    close: () => store.close(),
  };
}
