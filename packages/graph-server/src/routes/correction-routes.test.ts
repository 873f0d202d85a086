import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  CorrectionsLog,
  createCurationService,
  withCorrections,
  type Reextract,
} from '@kg/curation';
import type { GraphStore } from '@kg/graph-store';
import { openEmptyTestStore } from '@kg/graph-store/testing';
import {
  ApiErrorSchema,
  CorrectionsResponseSchema,
  CorrectionWriteResponseSchema,
} from '@kg/schema';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../create-app';
import { FIXTURE, FIXTURE_TEXTS } from '../test-support/fixture';
import { silentLogger, testConfig, TEST_TOKEN } from '../test-support/test-app';

/** Stand-in for the extractor: the fixture's extraction of the given documents. */
const fixtureExtract: Reextract = (docs) => {
  const ids = new Set(docs.map((d) => d.id));
  const relations = FIXTURE.relations
    .map((r) => ({ ...r, evidence: r.evidence.filter((e) => ids.has(e.docId)) }))
    .filter((r) => r.evidence.length);
  const ends = new Set(relations.flatMap((r) => [r.source, r.target]));
  const entities = FIXTURE.entities
    .map((e) => ({ ...e, mentions: e.mentions.filter((m) => ids.has(m.docId)) }))
    .filter((e) => e.mentions.length || ends.has(e.id));
  return {
    result: { documents: FIXTURE.documents.filter((d) => ids.has(d.id)), entities, relations },
    texts: FIXTURE_TEXTS.filter((t) => ids.has(t.id)),
  };
};

/** The graph as a rebuild must give it again. */
async function snapshot(store: GraphStore) {
  const all = await store.exportAll();
  return {
    nodes: all.nodes
      .map((n) => `${n.id}|${n.name}|${n.type}|${[...n.aliases].sort().join(',')}`)
      .sort(),
    edges: all.edges.map((e) => `${e.id}|${e.count}`).sort(),
  };
}

const auth = { Authorization: `Bearer ${TEST_TOKEN}` };
const errorOf = (body: unknown) => ApiErrorSchema.parse(body).error;
const MERGE = {
  kind: 'merge',
  survivor: { id: 'rufus-firefly', name: 'Rufus Firefly' },
  merged: [{ id: 'chicolini', name: 'Chicolini' }],
};
const REJECT = {
  kind: 'reject',
  relation: { source: 'FRE', type: 'SANCTIONS', target: 'SYL' },
  reason: 'wrong-actor',
};

describe('correction-routes', () => {
  let dir: string;
  let store: GraphStore;
  let log: CorrectionsLog;
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'kg-corrections-api-'));
    log = CorrectionsLog.forDataDir(dir);
    store = withCorrections(await openEmptyTestStore(path.join(dir, 'store')), log);
    await store.ingest(FIXTURE, FIXTURE_TEXTS);
    const curation = createCurationService({ store, log, extract: fixtureExtract });
    app = createApp({ store, config: testConfig(), logger: silentLogger, curation });
  });
  afterAll(async () => {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('should merge, reject and add, show notes, refuse conflicts, undo, and rebuild the same graph', async () => {
    const empty = await request(app).get('/api/corrections').expect(200);
    expect(empty.body).toEqual({ records: [], active: [], notes: { entities: {}, relations: {} } });

    const merged = await request(app)
      .post('/api/corrections')
      .set(auth)
      .send({ ...MERGE, author: 'ana', why: 'same man' })
      .expect(201);
    const merge = CorrectionWriteResponseSchema.parse(merged.body);
    expect(merge.reingested).toBe(2);
    expect(merge.record).toMatchObject({ author: 'ana', why: 'same man', kind: 'merge' });
    await request(app).get('/api/entities/chicolini').expect(404);
    const firefly = await request(app).get('/api/entities/rufus-firefly').expect(200);
    expect(firefly.body.entity.aliases).toContain('Chicolini');
    await request(app).get('/api/relations/rufus-firefly__CONSULTS__RUR/evidence').expect(200);

    const rejected = await request(app).post('/api/corrections').set(auth).send(REJECT).expect(201);
    expect(rejected.body.record.author).toBe('editor');
    await request(app).get('/api/relations/FRE__SANCTIONS__SYL/evidence').expect(404);

    const sentence = 'Ruritania supports Sylvania.';
    const start = FIXTURE_TEXTS[1]!.text.indexOf(sentence);
    await request(app)
      .post('/api/corrections')
      .set(auth)
      .send({
        kind: 'add',
        relation: { source: 'RUR', type: 'APPEALS_TO', target: 'SYL' },
        evidence: { docId: 'doc-2', start, end: start + sentence.length },
      })
      .expect(201);
    const evidence = await request(app)
      .get('/api/relations/RUR__APPEALS_TO__SYL/evidence')
      .expect(200);
    expect(evidence.body.evidence.map((e: { text: string }) => e.text)).toEqual([sentence]);

    const retyped = await request(app)
      .post('/api/corrections')
      .set(auth)
      .send({
        kind: 'retype',
        actor: { id: 'northern-council', name: 'Northern Council' },
        type: 'Group',
      })
      .expect(201);
    expect(retyped.body.record.was).toBe('Organization');
    const council = await request(app).get('/api/entities/northern-council').expect(200);
    expect(council.body.entity.type).toBe('Group');

    const listed = CorrectionsResponseSchema.parse(
      (await request(app).get('/api/corrections').expect(200)).body,
    );
    expect(listed.active).toHaveLength(4);
    expect(listed.notes.entities['northern-council']?.[0]?.text).toBe(
      'type changed from Organization',
    );
    expect(listed.notes.entities['rufus-firefly']?.[0]).toMatchObject({
      kind: 'merged-from',
      text: 'merged from Chicolini',
      by: 'ana',
    });
    expect(listed.notes.relations['FRE__SANCTIONS__SYL']?.[0]).toMatchObject({
      text: 'rejected: wrong actor (editor)',
    });
    expect(listed.notes.relations['RUR__APPEALS_TO__SYL']?.[0]?.text).toBe('added by editor');

    // rebuilt from the documents and the corrections log: the same corrected graph
    const live = await snapshot(store);
    const rebuilt = withCorrections(await openEmptyTestStore(path.join(dir, 'rebuilt')), log);
    try {
      await rebuilt.ingest(FIXTURE, FIXTURE_TEXTS);
      expect(await snapshot(rebuilt)).toEqual(live);
    } finally {
      await rebuilt.close();
    }
  }, 300_000); // Neo4j on a loaded machine: ~60 s

  it.each<[string, () => request.Test, number, RegExp]>([
    [
      'an invalid body',
      () => request(app).post('/api/corrections').set(auth).send({ kind: 'merge' }),
      400,
      /body\.survivor/,
    ],
    [
      'an unknown actor',
      () =>
        request(app)
          .post('/api/corrections')
          .set(auth)
          .send({ kind: 'rename', actor: { id: 'nobody', name: 'Nobody' }, name: 'X' }),
      404,
      /actor "Nobody" \(nobody\) is not in the graph: reload/,
    ],
    [
      'an unknown relation',
      () =>
        request(app)
          .post('/api/corrections')
          .set(auth)
          .send({ kind: 'confirm', relation: { source: 'FRE', type: 'ATTACKS', target: 'SYL' } }),
      404,
      /relation FRE__ATTACKS__SYL is not in the graph/,
    ],
    [
      'a span past the text',
      () =>
        request(app)
          .post('/api/corrections')
          .set(auth)
          .send({
            kind: 'add',
            relation: { source: 'RUR', type: 'ATTACKS', target: 'SYL' },
            evidence: { docId: 'doc-2', start: 0, end: 99999 },
          }),
      400,
      /past the end of document doc-2/,
    ],
    [
      'an added relation whose actor the document does not mention',
      () =>
        request(app)
          .post('/api/corrections')
          .set(auth)
          .send({
            kind: 'add',
            relation: { source: 'northern-council', type: 'ATTACKS', target: 'SYL' },
            evidence: { docId: 'doc-2', start: 0, end: 10 },
          }),
      400,
      /"Northern Council" \(northern-council\) is not mentioned in document doc-2/,
    ],
    ['no token', () => request(app).post('/api/corrections').send(MERGE), 401, /Authorization/],
    [
      'an unknown undo',
      () => request(app).post('/api/corrections/c-nope-000000/undo').set(auth),
      404,
      /no correction c-nope-000000/,
    ],
  ])('should refuse %s with its status', async (_what, send, status, message) => {
    const res = await send().expect(status);
    expect(errorOf(res.body).message).toMatch(message);
  });

  it('should refuse conflicts with 409 naming the earlier correction, and undo', async () => {
    const { records } = CorrectionsResponseSchema.parse(
      (await request(app).get('/api/corrections')).body,
    );
    const [merge, reject] = [records[0]!, records[1]!];
    const cycle = await request(app)
      .post('/api/corrections')
      .set(auth)
      .send({
        kind: 'merge',
        survivor: { id: 'chicolini', name: 'Chicolini' },
        merged: [{ id: 'rufus-firefly', name: 'Rufus Firefly' }],
      });
    // chicolini is gone from the graph: the cycle is named before the store is asked
    expect(cycle.status).toBe(409);
    expect(errorOf(cycle.body).message).toContain(merge.id);
    const confirm = await request(app)
      .post('/api/corrections')
      .set(auth)
      .send({ kind: 'confirm', relation: REJECT.relation })
      .expect(409);
    expect(errorOf(confirm.body).message).toMatch(
      new RegExp(`rejected by ${reject.id}: undo ${reject.id}`),
    );

    const undone = await request(app)
      .post(`/api/corrections/${reject.id}/undo`)
      .set(auth)
      .send({ why: 'it did' })
      .expect(201);
    expect(undone.body.record).toMatchObject({ kind: 'undo', target: reject.id, why: 'it did' });
    await request(app).get('/api/relations/FRE__SANCTIONS__SYL/evidence').expect(200);
    const again = await request(app)
      .post(`/api/corrections/${reject.id}/undo`)
      .set(auth)
      .expect(409);
    expect(errorOf(again.body).message).toMatch(/already undone/);
    const ofUndo = await request(app)
      .post(`/api/corrections/${undone.body.record.id}/undo`)
      .set(auth)
      .expect(409);
    expect(errorOf(ofUndo.body).message).toMatch(/itself an undo/);

    // sent together: one at a time, so the second sees the first and conflicts with it
    const both = await Promise.all([
      request(app).post('/api/corrections').set(auth).send(REJECT),
      request(app)
        .post('/api/corrections')
        .set(auth)
        .send({ kind: 'confirm', relation: REJECT.relation }),
    ]);
    expect(both.map((r) => r.status).sort()).toEqual([201, 409]);
  });

  it('should answer 403 when writes are disabled and 501 without a corrections log', async () => {
    const readOnly = createApp({
      store,
      config: testConfig({ apiToken: undefined }),
      logger: silentLogger,
      curation: createCurationService({ store, log, extract: fixtureExtract }),
    });
    await request(readOnly).post('/api/corrections').send(MERGE).expect(403);
    const bare = createApp({ store, config: testConfig(), logger: silentLogger });
    await request(bare).get('/api/corrections').expect(501);
  });
});
