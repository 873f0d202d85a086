import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { survivors } from '@kg/curation';
import { GoldSchema, normaliseName, type Gold } from '@kg/extractor';
import type { GraphStore } from '@kg/graph-store';
import { relationId, type CorrectionRecord } from '@kg/schema';

const ABOUT =
  'Gold made from the corrections log by `kg corrections gold`: the relations analysts confirmed or added in this document, with their actors. Relations they rejected are not listed (the gold format has no known-false relations); score with `kg eval`.';

/** A file name for a document id. */
const fileName = (docId: string) => docId.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 150);

type Reviewed = Extract<CorrectionRecord, { kind: 'confirm' | 'add' }>;

/**
 * Writes one gold file (eval format) and the document's text per document carrying a confirmed
 * or added relation: `<dir>/<doc>.gold.json` and `<dir>/<doc>.txt`. Returns the files written.
 */
export async function writeCorrectionsGold(
  store: GraphStore,
  active: CorrectionRecord[],
  dir: string,
): Promise<string[]> {
  const final = survivors(active);
  const actor = (id: string) => final.get(id) ?? id;
  const byDoc = new Map<string, Reviewed[]>();
  for (const r of active) {
    if (r.kind !== 'confirm' && r.kind !== 'add') continue;
    const id = relationId(actor(r.relation.source), r.relation.type, actor(r.relation.target));
    const docs = new Set((await store.evidence(id))?.map((e) => e.docId));
    if (r.kind === 'add') docs.add(r.evidence.docId);
    for (const d of docs) byDoc.set(d, [...(byDoc.get(d) ?? []), r]);
  }
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  for (const [docId, reviewed] of byDoc) {
    const doc = await store.getDocument(docId);
    if (!doc) continue;
    const gold = await goldOf(store, `${fileName(docId)}.txt`, doc.date, reviewed, actor);
    const base = join(dir, fileName(docId));
    writeFileSync(`${base}.gold.json`, `${JSON.stringify(GoldSchema.parse(gold), null, 1)}\n`);
    writeFileSync(`${base}.txt`, doc.text);
    written.push(`${base}.gold.json`, `${base}.txt`);
  }
  return written;
}

async function goldOf(
  store: GraphStore,
  doc: string,
  date: string | undefined,
  reviewed: Reviewed[],
  actor: (id: string) => string,
): Promise<Gold> {
  const entities: Gold['entities'] = [];
  const owner = new Map<string, string>();
  const relations = new Map<string, Gold['relations'][number]>();
  const addEntity = async (id: string) => {
    if (entities.some((e) => e.id === id)) return true;
    const detail = await store.getEntity(id);
    if (!detail) return false;
    const names = [detail.entity.name, ...detail.entity.aliases].filter((n) => {
      const key = normaliseName(n);
      if (!key || (owner.has(key) && owner.get(key) !== id)) return false;
      owner.set(key, id);
      return true;
    });
    if (!names.length) return false;
    entities.push({ id, type: detail.entity.type, names: [...new Set(names)], required: true });
    return true;
  };
  for (const r of reviewed) {
    const [source, target] = [actor(r.relation.source), actor(r.relation.target)];
    if (!(await addEntity(source)) || !(await addEntity(target))) continue;
    const id = relationId(source, r.relation.type, target);
    relations.set(id, {
      id,
      source: [source],
      target: [target],
      types: [r.relation.type],
      required: true,
      note: `${r.kind === 'add' ? 'added' : 'confirmed'} by ${r.author} (${r.id})`,
    });
  }
  return {
    doc,
    ...(date ? { date } : {}),
    about: ABOUT,
    entities,
    equivalent: {},
    relations: [...relations.values()],
  };
}
