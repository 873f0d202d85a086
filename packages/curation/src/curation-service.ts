import type { GraphStore } from '@kg/graph-store';
import type {
  CorrectionInput,
  CorrectionRecord,
  CorrectionsResponse,
  CorrectionWriteResponse,
  DocumentText,
  ExtractionResult,
} from '@kg/schema';
import type { CorrectionsLog } from './corrections-log';
import { makeRecord } from './ids';
import { curationNotes } from './notes';
import { checkCorrection, resolveCorrections } from './resolve';
import { affectedDocuments, checkAgainstStore, withStoredTypes } from './store-refs';

/** Extraction of stored documents again (the composition root injects the extractor). */
export type Reextract = (docs: DocumentText[]) => {
  result: ExtractionResult;
  texts: DocumentText[];
};

export interface CurationDeps {
  /** The store behind `withCorrections(…, log)`: its ingest applies the log. */
  store: GraphStore;
  log: CorrectionsLog;
  extract: Reextract;
  now?: () => Date;
}

export interface Meta {
  author?: string;
  why?: string;
}

export interface CurationService {
  /** The whole log, the ids in effect and their notes (`GET /api/corrections`). */
  list(): CorrectionsResponse & {
    warnings: string[];
    conflicts: Array<{ id: string; message: string }>;
  };
  /** Checks `input` against the graph and the log, appends it and applies it to the store. */
  submit(input: CorrectionInput, meta: Meta): Promise<CorrectionWriteResponse>;
  /** Appends an undo of `id` and re-ingests what it had changed. */
  undo(id: string, meta: Meta): Promise<CorrectionWriteResponse>;
  /** Re-extracts and re-ingests the documents `records` change; returns how many. */
  reapply(records: CorrectionRecord[]): Promise<number>;
}

/** A confirm changes no edge: nothing to re-ingest for it (nor for its undo). */
const changesGraph = (r: CorrectionRecord, byId: (id: string) => CorrectionRecord | undefined) =>
  r.kind === 'undo' ? byId(r.target)?.kind !== 'confirm' : r.kind !== 'confirm';

export function createCurationService(deps: CurationDeps): CurationService {
  const { store, log, extract } = deps;
  const now = deps.now ?? (() => new Date());
  const byId = (id: string) => log.records().find((r) => r.id === id);
  // one write at a time: a second correction checks the log after the first is appended, and
  // never reads a document the first has deleted and not yet stored again
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(run: () => Promise<T>): Promise<T> => {
    const next = queue.then(run, run);
    queue = next.catch(() => undefined);
    return next;
  };

  /** Re-extracts `docIds` from their stored text and stores them again, corrected. */
  async function reingest(docIds: Set<string>): Promise<number> {
    const docs: DocumentText[] = [];
    for (const id of docIds) {
      const d = await store.getDocument(id);
      if (d) docs.push({ id: d.id, text: d.text, title: d.title, date: d.date, source: d.source });
    }
    if (!docs.length) return 0;
    const { result, texts } = extract(docs);
    // deleted first: an unchanged extraction is not skipped, and actors left without any
    // mention (merged away, retyped) go with their documents
    for (const d of docs) await store.deleteDocument(d.id);
    await store.ingest(result, texts);
    return docs.length;
  }

  async function reapply(records: CorrectionRecord[]): Promise<number> {
    const docIds = new Set<string>();
    for (const r of records)
      if (changesGraph(r, byId))
        for (const d of await affectedDocuments(store, r, byId)) docIds.add(d);
    return reingest(docIds);
  }

  /** Appends `record` and applies it; when applying fails, an undo record takes it back. */
  async function commit(record: CorrectionRecord): Promise<CorrectionWriteResponse> {
    // documents affected are read before the change (a merged actor is gone after it)
    const docIds = changesGraph(record, byId)
      ? await affectedDocuments(store, record, byId)
      : new Set<string>();
    log.append([record]);
    let reingested: number;
    try {
      reingested = await reingest(docIds);
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      log.append([
        makeRecord(
          { kind: 'undo', target: record.id },
          { author: 'kg', why: `could not be applied: ${reason.slice(0, 1800)}` },
          now(),
        ),
      ]);
      await reingest(docIds);
      throw err;
    }
    return { record, reingested, stats: await store.stats() };
  }

  return {
    list() {
      const { records, warnings } = log.read();
      const resolution = resolveCorrections(records);
      return {
        records,
        active: resolution.active.map((r) => r.id),
        notes: curationNotes(resolution.active),
        warnings,
        conflicts: resolution.conflicts.map((c) => ({ id: c.record.id, message: c.message })),
      };
    },
    submit: (input, meta) =>
      serial(async () => {
        checkCorrection(log.records(), input);
        await checkAgainstStore(store, input);
        return commit(makeRecord(await withStoredTypes(store, input), meta, now()));
      }),
    undo: (id, meta) =>
      serial(async () => {
        const input: CorrectionInput = { kind: 'undo', target: id };
        checkCorrection(log.records(), input);
        return commit(makeRecord(input, meta, now()));
      }),
    reapply: (records) => serial(() => reapply(records)),
  };
}
