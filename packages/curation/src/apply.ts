import {
  relationId,
  type CorrectionRecord,
  type DocumentText,
  type Entity,
  type Evidence,
  type ExtractionResult,
  type Relation,
} from '@kg/schema';
import { actorIdFor, foldName, rekeyRelations } from './relations';

type Kind<K extends CorrectionRecord['kind']> = Extract<CorrectionRecord, { kind: K }>;

/** One extraction being corrected: entities by id (insertion order kept) and relations. */
interface Work {
  entities: Map<string, Entity>;
  relations: Relation[];
  documents: ExtractionResult['documents'];
  texts: Map<string, string>;
}

const union = (...lists: string[][]): string[] => [...new Set(lists.flat())];

/**
 * The extraction with the corrections in effect applied, in log order (a pure function: the
 * input is not changed). Merge: ids of merged actors become the survivor's (aliases, mentions,
 * roles unioned; relations re-keyed, self-loops dropped, duplicates folded). Rename, retype.
 * Split: mentions whose text is the alias, and the evidence they carry, move to the other actor.
 * Reject: the relation is dropped. Add: the relation is added when its evidence document is in
 * the extraction and both actors are in it. Confirm: no change. `texts` (the documents' texts)
 * are needed for `add`.
 */
export function applyCorrections(
  result: ExtractionResult,
  active: CorrectionRecord[],
  texts: DocumentText[] = [],
): ExtractionResult {
  if (!active.length) return result;
  const work: Work = {
    entities: new Map(result.entities.map((e) => [e.id, { ...e }])),
    relations: result.relations,
    documents: result.documents,
    texts: new Map(texts.map((t) => [t.id, t.text])),
  };
  for (const record of active) apply(work, record);
  return {
    documents: result.documents,
    entities: [...work.entities.values()],
    relations: work.relations,
  };
}

function apply(work: Work, record: CorrectionRecord): void {
  switch (record.kind) {
    case 'merge':
      return merge(work, record);
    case 'rename': {
      const e = work.entities.get(record.actor.id);
      if (e && e.name !== record.name)
        work.entities.set(e.id, {
          ...e,
          name: record.name,
          aliases: union([e.name], e.aliases).filter((a) => a !== record.name),
        });
      return;
    }
    case 'retype': {
      const e = work.entities.get(record.actor.id);
      if (e && e.type !== record.type) {
        const { iso3, ...rest } = e;
        work.entities.set(e.id, {
          ...rest,
          type: record.type,
          ...(record.type === 'Country' && iso3 ? { iso3 } : {}),
        });
      }
      return;
    }
    case 'split':
      return split(work, record);
    case 'reject': {
      const r = record.relation;
      const id = relationId(r.source, r.type, r.target);
      work.relations = work.relations.filter((x) => relationId(x.source, x.type, x.target) !== id);
      return;
    }
    case 'add':
      return add(work, record);
    case 'confirm':
    case 'undo':
      return;
  }
}

function merge(work: Work, record: Kind<'merge'>): void {
  const target = record.survivor.id;
  const gone = new Set(record.merged.map((m) => m.id));
  for (const m of record.merged) {
    const e = work.entities.get(m.id);
    if (!e) continue;
    work.entities.delete(m.id);
    const s = work.entities.get(target);
    const roles = [...(s?.roles ?? []), ...(e.roles ?? [])];
    work.entities.set(target, {
      ...(s ?? e),
      ...(s ? {} : { type: record.survivor.type ?? e.type }),
      id: target,
      name: s?.name ?? record.survivor.name,
      aliases: union(s?.aliases ?? [], [e.name], e.aliases),
      mentions: [...(s?.mentions ?? []), ...e.mentions],
      ...(roles.length ? { roles } : {}),
    });
  }
  const s = work.entities.get(target);
  if (s) s.aliases = s.aliases.filter((a) => a !== s.name);
  const map = (id: string): string => (gone.has(id) ? target : id);
  for (const [id, e] of work.entities)
    if (e.roles?.some((r) => r.of && gone.has(r.of)))
      work.entities.set(id, {
        ...e,
        roles: e.roles.map((r) => (r.of ? { ...r, of: map(r.of) } : r)),
      });
  if (
    !work.relations.some(
      (r) => gone.has(r.source) || gone.has(r.target) || (r.claimant && gone.has(r.claimant)),
    )
  )
    return;
  work.relations = rekeyRelations(
    work.relations.map((r) => ({
      ...r,
      source: map(r.source),
      target: map(r.target),
      ...(r.claimant ? { claimant: map(r.claimant) } : {}),
    })),
  );
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

function split(work: Work, record: Kind<'split'>): void {
  const e = work.entities.get(record.actor.id);
  if (!e) return;
  const alias = foldName(record.alias);
  const moved = e.mentions.filter((m) => foldName(m.text) === alias);
  const kept = e.mentions.filter((m) => foldName(m.text) !== alias);
  const intoId = record.into.id ?? actorIdFor(record.into.name);
  const into = work.entities.get(intoId);
  const aliases = e.aliases.filter((a) => foldName(a) !== alias);
  work.entities.set(e.id, { ...e, aliases, mentions: kept });
  if (!moved.length && aliases.length === e.aliases.length) return;
  work.entities.set(intoId, {
    ...(into ?? { id: intoId, name: record.into.name, type: record.into.type, mentions: [] }),
    aliases: union(into?.aliases ?? [], [record.alias]).filter(
      (a) => a !== (into?.name ?? record.into.name),
    ),
    mentions: [...(into?.mentions ?? []), ...moved],
  });
  /** Evidence whose highlight of the actor (or, without highlights, a mention in it) moved. */
  const movesOut = (ev: Evidence, role: 'source' | 'target'): boolean => {
    const inDoc = (m: { docId: string }) => m.docId === ev.docId;
    const spans = ev.highlights?.filter((h) => h.role === role) ?? [];
    if (spans.length) return spans.some((h) => moved.some((m) => inDoc(m) && overlaps(m, h)));
    const inside = (m: { docId: string; start: number; end: number }) =>
      inDoc(m) && overlaps(m, ev);
    return moved.some(inside) && !kept.some(inside);
  };
  const out: Relation[] = [];
  for (const r of work.relations) {
    const role = r.source === e.id ? 'source' : r.target === e.id ? 'target' : undefined;
    if (!role) {
      out.push(r);
      continue;
    }
    const go = r.evidence.filter((ev) => movesOut(ev, role));
    const stay = r.evidence.filter((ev) => !movesOut(ev, role));
    if (stay.length) out.push(go.length ? { ...r, evidence: stay } : r);
    if (go.length) out.push({ ...r, [role]: intoId, evidence: go });
  }
  work.relations = rekeyRelations(out);
}

function add(work: Work, record: Kind<'add'>): void {
  const { relation: r, evidence: span } = record;
  const text = work.texts.get(span.docId);
  const doc = work.documents.find((d) => d.id === span.docId);
  if (text === undefined || !doc || span.end > text.length) return;
  if (!work.entities.has(r.source) || !work.entities.has(r.target)) return;
  const around = work.relations
    .flatMap((x) => x.evidence)
    .find((ev) => ev.docId === span.docId && ev.start <= span.start && span.end <= ev.end);
  const mentions = [...work.entities.values()].flatMap((e) =>
    e.mentions.filter((m) => m.docId === span.docId).map((m) => ({ ...m, entity: e.id })),
  );
  const sentence =
    around?.sentence ??
    Math.max(0, ...mentions.filter((m) => m.start <= span.start).map((m) => m.sentence ?? 0));
  const range = around ?? { start: span.start, end: span.end };
  const highlights = mentions
    .filter((m) => (m.entity === r.source || m.entity === r.target) && overlaps(m, range))
    .filter((m) => m.start >= range.start && m.end <= range.end)
    .map((m) => ({
      start: m.start,
      end: m.end,
      role: m.entity === r.source ? ('source' as const) : ('target' as const),
    }));
  const evidence: Evidence = {
    docId: span.docId,
    sentence,
    start: range.start,
    end: range.end,
    text: text.slice(range.start, range.end),
    ...(highlights.length ? { highlights } : {}),
    ...(doc.date ? { date: doc.date } : {}),
  };
  work.relations = rekeyRelations([
    ...work.relations,
    {
      id: relationId(r.source, r.type, r.target),
      source: r.source,
      target: r.target,
      type: r.type,
      negated: r.negated,
      modality: 'asserted',
      confidence: 1,
      ...(doc.date ? { date: doc.date } : {}),
      evidence: [evidence],
    },
  ]);
}
