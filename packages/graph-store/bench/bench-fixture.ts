/**
 * The bench's synthetic news graph and the reads sampled from it. Fixed seeds: every store run
 * ingests the same documents and times the same ids, pairs and queries, so columns compare.
 */
import { createRandom, syntheticFixture } from '../src/contract/synthetic';
import type { Fixture } from '../src/contract/fixtures';
import { splitByDocument } from '../src/contract/split';
import { sample } from './bench-util';

const SENTENCES = 20;

export interface BenchFixtures {
  /** Scale 1: 100k entities, ~1M relationships, 50k documents (ingested into an empty store). */
  bulk: Fixture;
  /** 25 more documents over the same ids (the incremental ingest). */
  extra: Fixture;
}

export function benchFixtures(scale: number): BenchFixtures {
  const entities = Math.round(100_000 * scale);
  const relations = Math.round(1_000_000 * scale);
  const bulk = syntheticFixture({
    entities,
    documents: Math.ceil(relations / SENTENCES),
    sentencesPerDocument: SENTENCES,
    seed: 11,
    prefix: 'b',
  });
  const extra = syntheticFixture({
    entities: Math.max(200, Math.round(entities / 50)),
    documents: 25,
    sentencesPerDocument: SENTENCES,
    seed: 12,
    prefix: 'b',
  });
  // an id keeps its first type (the stores refuse re-typing): align with the bulk fixture
  const typeOfId = new Map(bulk.result.entities.map((e) => [e.id, e.type]));
  for (const e of extra.result.entities) e.type = typeOfId.get(e.id) ?? e.type;
  const rename = (docId: string): string => `extra-${docId.split('-').pop()}`;
  extra.result.documents.forEach((d, i) => (d.id = `extra-${i}`));
  extra.texts.forEach((d, i) => (d.id = `extra-${i}`));
  for (const e of extra.result.entities) for (const m of e.mentions) m.docId = rename(m.docId);
  for (const r of extra.result.relations) for (const ev of r.evidence) ev.docId = rename(ev.docId);
  return { bulk, extra };
}

/**
 * `n` news articles of 15 sentences over the bulk fixture's entities (same ids and types, seed
 * 13), one fixture each, document ids `stream-<i>`: the stream phase's batches.
 */
export function streamArticles(scale: number, bulk: Fixture, n: number): Fixture[] {
  const fx = syntheticFixture({
    entities: Math.round(100_000 * scale),
    documents: n,
    sentencesPerDocument: 15,
    seed: 13,
    prefix: 'b',
  });
  const typeOfId = new Map(bulk.result.entities.map((e) => [e.id, e.type]));
  for (const e of fx.result.entities) e.type = typeOfId.get(e.id) ?? e.type;
  return splitByDocument(fx).map((a, i) => {
    const id = `stream-${i}`;
    const docId = a.result.documents[0].id;
    const rename = (x: { docId: string }): void => {
      if (x.docId === docId) x.docId = id;
    };
    a.result.documents = [{ ...a.result.documents[0], id }];
    a.texts = a.texts.map((t) => ({ ...t, id }));
    a.result.entities = a.result.entities.map((e) => ({
      ...e,
      mentions: e.mentions.map((m) => ({ ...m })),
    }));
    a.result.relations = a.result.relations.map((r) => ({
      ...r,
      evidence: r.evidence.map((ev) => ({ ...ev })),
    }));
    for (const e of a.result.entities) e.mentions.forEach(rename);
    for (const r of a.result.relations) r.evidence.forEach(rename);
    return a;
  });
}

/** What the read phases ask for (drawn from the bulk fixture with seed 7). */
export interface Workload {
  ids: string[];
  names: string[];
  /** 1-hop from all 300, 2-hop from the first 100. */
  picks: string[];
  pairs: Array<readonly [string, string]>;
  /** Name prefixes of 3 to 6 characters. */
  queries: string[];
  /** A name word with its first vowel replaced: no exact match, the fuzzy path. */
  typos: string[];
  relationIds: string[];
}

export function sampleWorkload(bulk: Fixture): Workload {
  const rand = createRandom(7);
  const ids = bulk.result.entities.map((e) => e.id);
  const names = bulk.result.entities.map((e) => e.name);
  const relationIds = sample(bulk.result.relations, 50, rand).map((r) => r.id);
  const picks = sample(ids, 300, rand);
  const pairs = Array.from(
    { length: 40 },
    () => [ids[Math.floor(rand() * ids.length)], ids[Math.floor(rand() * ids.length)]] as const,
  );
  const queries = sample(names, 500, rand).map((n) => n.slice(0, 3 + Math.floor(rand() * 4)));
  const typos = sample(names, 50, rand).map((n) => n.split(' ')[1].replace(/[aeiou]/, 'x'));
  return { ids, names, picks, pairs, queries, typos, relationIds };
}
