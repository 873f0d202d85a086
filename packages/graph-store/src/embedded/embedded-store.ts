import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ENTITY_TYPES, EntityIdSchema } from '@kg/schema';
import type { EntityType } from '@kg/schema';
import type { GraphStore } from '../graph-store';
import type { GroupIngest, IngestPart } from '../ingest-queue/group';
import { ingestGroup, type GroupDeps } from './group-ingest';
import { StoreDamagedError, StoreError, StoreInputError, StoreLockedError } from '../errors';
import { q, KuzuCatalog } from './kuzu-schema';
import { KuzuSession } from './kuzu-session';
import { engine } from './engine';
import { checkStoreFormat } from './store-format';
import { SearchIndex } from './search-index';
import { Adjacency } from './adjacency';
import { loadEdges } from './reads';
import { emptyEffects, ingestExtraction } from './ingest';
import { deleteSyndication, planSyndication, writeSyndication } from './syndication-store';
import type { WriteEffects } from './ingest';
import { detachDocuments, lookupEntityTypes, removeOrphans } from './graph-writes';
import { applyDegreeDeltas } from './degrees';
import { neighborhood, subgraph } from './neighborhood';
import type { ReadContext } from './neighborhood';
import { paths } from './paths';
import { searchEvidence } from './evidence-search';
import { evidence, exportAll, getDocument, getEntity, listDocuments, stats } from './reads';
import { runUserQuery } from './user-query';
import { syncEvidenceIndex } from './evidence-index';
import { refreshRelations } from './relation-writes';
import { num, str } from './values';
import { documentLogPath } from '../document-log/document-log';

export const DEFAULT_BUFFER_POOL_SIZE = 512 * 1024 * 1024;
/** The database file inside the store directory (the engine adds `<file>.wal` next to it). */
export const DATABASE_FILE = 'graph.kuzu';

export interface EmbeddedStoreOptions {
  /** Directory holding the database (created if missing). */
  dir: string;
  bufferPoolSize?: number;
  readOnly?: boolean;
}

/** The embedded GraphStore: an on-disk Ladybug (or Kùzu) database in `dir`, no server to start. */
export async function createEmbeddedStore(
  options: EmbeddedStoreOptions,
): Promise<GraphStore & GroupIngest> {
  const path = join(options.dir, DATABASE_FILE);
  const readOnly = options.readOnly ?? false;
  checkStoreFormat(path, engine().name);
  let session: KuzuSession;
  try {
    if (!readOnly) mkdirSync(dirname(path), { recursive: true });
    session = KuzuSession.open(path, options.bufferPoolSize ?? DEFAULT_BUFFER_POOL_SIZE, readOnly);
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    const Err = isLock(why) ? StoreLockedError : StoreDamagedError;
    throw new Err(
      'embedded',
      `cannot open the ${engine().name} database at ${path}: ${why} (${openHint(why, options.dir)})`,
      { cause: err },
    );
  }
  const catalog = new KuzuCatalog(session);
  try {
    catalog.init(readOnly);
  } catch (err) {
    await session.close();
    throw new (isLock(String(err)) ? StoreLockedError : StoreDamagedError)(
      'embedded',
      `cannot prepare the schema at ${path}: ${String(err)} (${openHint(String(err), options.dir)})`,
      { cause: err },
    );
  }
  let indexLoaded = false;
  const ctx: ReadContext = {
    session,
    catalog,
    index: new SearchIndex(),
    adjacency: new Adjacency(),
  };

  const refreshIndex = (ids: Iterable<string>): void => {
    const list = [...ids];
    if (!indexLoaded || !list.length) return;
    for (const t of ENTITY_TYPES) loadEntities(t, list);
  };
  const loadEntities = (t: EntityType, ids?: string[]): void => {
    const filter = ids
      ? 'UNWIND $ids AS x MATCH (n:' + q(t) + ') WHERE n.id = x'
      : `MATCH (n:${q(t)})`;
    const rows = session.rows(
      `${filter} RETURN n.id AS id, n.name AS name, n.aliases AS aliases, n.degree AS degree, n.iso3 AS iso3`,
      ids ? { ids } : {},
    );
    for (const r of rows) {
      ctx.index.upsert({
        id: String(r.id),
        name: String(r.name ?? r.id),
        type: t,
        aliases: Array.isArray(r.aliases) ? r.aliases.map(String) : [],
        degree: num(r.degree),
        iso3: str(r.iso3),
      });
    }
  };
  const ready = (): ReadContext => {
    if (!indexLoaded) {
      for (const t of ENTITY_TYPES) loadEntities(t);
      loadEdges(session, catalog, ctx.adjacency);
      indexLoaded = true;
    }
    return ctx;
  };
  const applyEffects = (effects: WriteEffects): void => {
    if (!indexLoaded) return;
    if (effects.reload) {
      ctx.index = new SearchIndex();
      ctx.adjacency = new Adjacency();
      indexLoaded = false;
      return;
    }
    for (const [id, e] of effects.edges) {
      if (e) ctx.adjacency.upsert(e);
      else ctx.adjacency.remove(id);
    }
    for (const id of effects.deleted) ctx.index.remove(id);
    refreshIndex(effects.touched);
  };
  const writable = (): void => {
    if (readOnly)
      throw new StoreError(
        'embedded',
        'the store was opened read-only; open it without readOnly to write',
      );
  };
  const read = <T>(fn: (c: ReadContext) => T): Promise<T> => session.exclusive(() => fn(ready()));

  /**
   * One ingest (syndication planned first). Alone: its own transactions, read caches patched.
   * `inTransaction`: inside a group commit's transaction, caches patched by the group.
   */
  const write = ({ result, texts, options: opts }: IngestPart, inTransaction: boolean) => {
    const batch = planSyndication(session, result, texts);
    const input = batch?.result ?? result;
    const out = ingestExtraction(session, catalog, input, texts, { ...opts, inTransaction });
    if (!inTransaction) applyEffects(out.effects);
    const copies = new Set<string>();
    if (batch) {
      for (const e of batch.entries) if (e.copyOf) copies.add(e.id);
      if (inTransaction) writeSyndication(session, batch.entries, batch.banded);
      // a bulk load COPYs its new band keys, then checkpoints (see copyBands)
      else
        session.transaction(
          () => writeSyndication(session, batch.entries, batch.banded, { copy: true }),
          { checkpoint: (copied) => copied },
        );
      if (batch.copies) out.report.copies = batch.copies;
    }
    return { ...out, copies };
  };
  const groupDeps: GroupDeps = {
    session,
    catalog,
    inside: (part) => write(part, true),
    alone: (part) => write(part, false).report,
    // ingest and syndication of the whole group in one transaction (one COMMIT, atomic)
    merged: (part) => {
      const out = session.transaction(() => write(part, true));
      applyEffects(out.effects);
      return out;
    },
    apply: applyEffects,
  };

  const store: GraphStore & GroupIngest = {
    dialect: 'kuzu',
    ingest: (result, texts, options) =>
      session.exclusive(() => {
        writable();
        return write({ result, texts, options }, false).report;
      }),
    ingestGroup: (parts) =>
      session.exclusive(() => {
        writable();
        return ingestGroup(groupDeps, parts);
      }),
    deleteDocument: (docId) =>
      session.exclusive(() => {
        writable();
        const exists =
          session.rows('MATCH (d:Document {id: $id}) RETURN d.id AS id', { id: docId }).length > 0;
        if (!exists) return false;
        const effects = emptyEffects();
        session.transaction(() => {
          const old = detachDocuments(session, [docId]);
          deleteSyndication(session, docId);
          session.rows('MATCH (d:Document {id: $id}) DELETE d', { id: docId });
          syncEvidenceIndex(
            session,
            old.relations.map((r) => r.id),
            new Map(),
          );
          const types = lookupEntityTypes(
            session,
            old.relations.flatMap((r) => [r.source, r.target]),
          );
          const recompute = new Set(old.relations.map((r) => r.id));
          const refreshed = refreshRelations(session, {
            keys: old.relations,
            types,
            props: new Map(),
            added: new Map(),
            recompute,
          });
          for (const [id, e] of refreshed.edges) effects.edges.set(id, e);
          for (const id of removeOrphans(session, [
            ...old.mentioned,
            ...refreshed.removedEndpoints,
          ]))
            effects.deleted.add(id);
          const alive = [...refreshed.endpoints, ...old.mentioned].filter(
            (id) => !effects.deleted.has(id),
          );
          applyDegreeDeltas(session, refreshed.degreeDelta, types);
          for (const id of alive) effects.touched.add(id);
        });
        applyEffects(effects);
        return true;
      }),
    listDocuments: ({ limit, offset }) => read((c) => listDocuments(c, limit, offset)),
    getDocument: (docId) => read((c) => getDocument(c, docId)),
    stats: () => read((c) => stats(c)),
    search: (query) => read((c) => c.index.search(query.q, query.limit, query.types)),
    getEntity: (id) => read((c) => getEntity(c, checkId(id))),
    neighborhood: (id, query) => read((c) => neighborhood(c, checkId(id), query)),
    paths: (query) =>
      read((c) => paths(c, { ...query, from: checkId(query.from), to: checkId(query.to) })),
    subgraph: (query) => read((c) => subgraph(c, query)),
    evidence: (relationId) => read((c) => evidence(c, relationId)),
    searchEvidence: (query) => read((c) => searchEvidence(c, query)),
    runUserQuery: (query, params, opts) => runUserQuery(session.user, query, params, opts),
    exportAll: () => read((c) => exportAll(c)),
    ping: async () => {
      try {
        return await session.exclusive(() => session.exec('RETURN 1 AS ok').length === 1);
      } catch {
        return false;
      }
    },
    close: () => session.close(),
  };
  return store;
}

/** What to do about an open failure: a lock held by another process, or damaged files. */
const isLock = (why: string): boolean =>
  /could not set lock|checkpointing this database/i.test(why);

function openHint(why: string, dir: string): string {
  if (isLock(why))
    return 'another process has this store open (a running `kg serve` or `kg start`?): stop it, or set KG_DATA_DIR to another directory';
  return `the database files look damaged: \`kg repair\` rebuilds the store from its document log (${documentLogPath(dir)}), moving the damaged files aside; \`kg repair --check\` compares the two`;
}

function checkId(id: string): string {
  const ok = EntityIdSchema.safeParse(id);
  if (!ok.success) {
    throw new StoreInputError(
      'embedded',
      `invalid entity id "${id.slice(0, 80)}": ${ok.error.issues[0]?.message}`,
    );
  }
  return id;
}
