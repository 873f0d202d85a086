import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CorrectionsLog,
  createCurationService,
  withCorrections,
  type Reextract,
} from '@kg/curation';
import type { GraphStore } from '@kg/graph-store';
import { openEmptyTestStore } from '@kg/graph-store/testing';
import { createFileViewStore, loadServerConfig, startServer } from '@kg/graph-server';
import type { DocumentText, ExtractionResult, Mention } from '@kg/schema';
import { VIEWER_PUBLIC_DIR } from '../../index';
import { FIXTURE, FIXTURE_TEXTS } from './fixture';

/** The editor token of the curation test server (KG_API_TOKEN). */
export const EDITOR_TOKEN = 'test-editor-token-0123456789';

/**
 * The test's extractor: the hand-written fixture extraction of the given documents, each actor
 * with a mention wherever its name or an alias occurs in them (what corrections act on).
 */
export const fixtureExtract: Reextract = (docs) => {
  const ids = new Set(docs.map((d) => d.id));
  const mentions = (names: string[]): Mention[] =>
    docs.flatMap((d) =>
      names.flatMap((n) => {
        const out: Mention[] = [];
        for (let at = d.text.indexOf(n); at >= 0; at = d.text.indexOf(n, at + n.length))
          out.push({ docId: d.id, start: at, end: at + n.length, text: n, kind: 'name' });
        return out;
      }),
    );
  const relations = FIXTURE.relations
    .map((r) => ({ ...r, evidence: r.evidence.filter((e) => ids.has(e.docId)) }))
    .filter((r) => r.evidence.length);
  const used = new Set(relations.flatMap((r) => [r.source, r.target]));
  const entities = FIXTURE.entities
    .map((e) => ({ ...e, mentions: mentions([e.name, ...e.aliases]) }))
    .filter((e) => e.mentions.length || used.has(e.id));
  const result: ExtractionResult = {
    documents: FIXTURE.documents.filter((d) => ids.has(d.id)),
    entities,
    relations,
  };
  return { result, texts: docs };
};

export interface CurationServer {
  url: string;
  dir: string;
  log: CorrectionsLog;
  store: GraphStore;
  close(): Promise<void>;
}

/** A corrections log in a temporary folder of its own (it outlives the stores built from it). */
export async function tempCorrectionsLog(): Promise<CorrectionsLog> {
  const dir = await mkdtemp(join(tmpdir(), 'kg-viewer-corrections-'));
  return new CorrectionsLog(join(dir, 'corrections.log.jsonl'));
}

/**
 * A real server over a fresh store built from the fixture documents with `corrections` applied at
 * every ingest (a rebuild = documents + corrections log), with the curation routes (token
 * EDITOR_TOKEN). `close()` deletes the store, never the log.
 */
export async function startCurationServer(corrections: CorrectionsLog): Promise<CurationServer> {
  const dir = await mkdtemp(join(tmpdir(), 'kg-viewer-curation-'));
  const raw = await openEmptyTestStore(join(dir, 'db'));
  const store = withCorrections(raw, corrections);
  const texts: DocumentText[] = FIXTURE_TEXTS;
  const { result } = fixtureExtract(texts);
  await store.ingest(result, texts);
  const server = await startServer(
    {
      store,
      config: loadServerConfig({}, { logLevel: 'silent', rateLimit: 0, apiToken: EDITOR_TOKEN }),
      viewerDir: VIEWER_PUBLIC_DIR,
      views: createFileViewStore(join(dir, 'views.json')),
      curation: createCurationService({ store, log: corrections, extract: fixtureExtract }),
    },
    { port: 0, host: '127.0.0.1', shutdownGraceMs: 500 },
  );
  return {
    url: server.url,
    dir,
    log: corrections,
    store,
    async close() {
      await server.close();
      await store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
