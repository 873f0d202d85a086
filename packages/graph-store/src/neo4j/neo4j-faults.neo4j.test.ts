import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j, { type Integer } from 'neo4j-driver';
import {
  checkToolchain,
  startNeo4jDevServer,
  TEST_MEMORY,
  type Neo4jDevServer,
} from '@kg/neo4j-dev';
import { neo4jTestConnection } from '@kg/neo4j-dev/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snapshot, syntheticFixture } from '../contract';
import { StoreUnavailableError } from '../errors';
import type { GraphStore } from '../graph-store';
import { openNeo4jTestStore } from '../testing';
import { createNeo4jStore } from './neo4j-store';

/** Rows of a read on a server, as plain numbers/strings. */
async function query(uri: string, cypher: string): Promise<Record<string, unknown>[]> {
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', ''));
  try {
    const { records } = await driver.executeQuery(cypher);
    return records.map((r) => {
      const o = r.toObject();
      for (const k of Object.keys(o)) if (neo4j.isInt(o[k])) o[k] = (o[k] as Integer).toNumber();
      return o;
    });
  } finally {
    await driver.close();
  }
}

// starts, kills and restarts a JVM on a shared 2-core machine: minutes, not seconds
describe('neo4j faults (live server)', { timeout: 300_000 }, () => {
  describe('#createNeo4jStore', () => {
    it('should refuse a wrong password and name NEO4J_USER and NEO4J_PASSWORD', async () => {
      const { uri, user } = neo4jTestConnection();
      const attempt = createNeo4jStore({ uri, user, password: 'not-the-password' });
      await expect(attempt).rejects.toBeInstanceOf(StoreUnavailableError);
      await expect(attempt).rejects.toThrow(
        /refused user "neo4j" with the given password: check NEO4J_USER and NEO4J_PASSWORD/,
      );
    });
  });

  const toolchain = checkToolchain();
  // The kill needs a server of our own: built from the dev launcher (not an external one).
  describe.runIf(toolchain.ok)('a server killed in the middle of an ingest', () => {
    let dataDir: string;
    let server: Neo4jDevServer | undefined;
    const start = async () =>
      startNeo4jDevServer({ dataDir, port: 0, ...TEST_MEMORY, startTimeoutMs: 120_000 });
    beforeAll(async () => {
      dataDir = await mkdtemp(join(tmpdir(), 'kg-neo4j-fault-'));
      server = await start();
    });
    afterAll(async () => {
      await server?.stop();
      await rm(dataDir, { recursive: true, force: true });
    });

    it('should fail clearly, keep only whole documents, and let the next ingest finish without duplicates', async () => {
      const fixture = syntheticFixture({
        entities: 300,
        documents: 60,
        sentencesPerDocument: 8,
        seed: 5,
        prefix: 'f',
      });
      const config = { user: 'neo4j', password: '', batchDocuments: 5, maxRetryTimeMs: 1000 };
      const first = await createNeo4jStore({ uri: server!.uri, ...config });
      let killing: Promise<void> | undefined;
      const attempt = first.ingest(fixture.result, fixture.texts, {
        onProgress: (done) => {
          if (done >= 20) killing ??= server!.kill(); // SIGKILL while this batch commits
        },
      });
      await expect(attempt).rejects.toBeInstanceOf(StoreUnavailableError);
      await expect(attempt).rejects.toThrow(/run the same ingest again once Neo4j answers/);
      await killing;
      await first.close();

      // nothing answers while it is down: the error says where to look
      const down = createNeo4jStore({ uri: server!.uri, ...config, connectionTimeoutMs: 2000 });
      await expect(down).rejects.toThrow(/no Neo4j answers at bolt:.*NEO4J_URI/);

      server = await start(); // recovery from the transaction log
      const expectedEvidence = new Map<string, number>();
      for (const r of fixture.result.relations)
        for (const ev of r.evidence)
          expectedEvidence.set(ev.docId, (expectedEvidence.get(ev.docId) ?? 0) + 1);
      const stored = await query(
        server.uri,
        'MATCH (d:Document) OPTIONAL MATCH (e:Evidence {docId: d.id}) RETURN d.id AS id, count(e) AS n',
      );
      expect(stored.length).toBeGreaterThanOrEqual(15);
      expect(stored.length).toBeLessThan(60);
      for (const row of stored) expect(row.n).toBe(expectedEvidence.get(String(row.id)) ?? 0);
      const orphanEvidence = await query(
        server.uri,
        'MATCH (e:Evidence) WHERE NOT EXISTS { MATCH (:Document {id: e.docId}) } RETURN count(e) AS n',
      );
      expect(orphanEvidence[0].n).toBe(0);

      const second = await createNeo4jStore({ uri: server.uri, ...config });
      let reference: GraphStore | undefined;
      try {
        const report = await second.ingest(fixture.result, fixture.texts);
        expect(report).toMatchObject({ documents: 60, unchanged: stored.length, replaced: 0 });
        const duplicates = await query(
          server.uri,
          'MATCH ()-[r]->() WHERE r.id IS NOT NULL WITH r.id AS id, count(*) AS n WHERE n > 1 RETURN count(id) AS n',
        );
        expect(duplicates[0].n).toBe(0);
        // the same content as one uninterrupted ingest into an empty Neo4j
        reference = await openNeo4jTestStore();
        await reference.ingest(fixture.result, fixture.texts);
        expect(await snapshot(second)).toEqual(await snapshot(reference));
      } finally {
        await second.close();
        await reference?.close();
      }
    });
  });
});
