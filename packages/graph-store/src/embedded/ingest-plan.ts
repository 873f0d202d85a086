import { createHash } from 'node:crypto';
import { ExtractionResultSchema, DocumentTextSchema, catalogueEntry, relationId } from '@kg/schema';
import type {
  DocumentText,
  Entity,
  EntityType,
  ExtractionResult,
  Highlight,
  Mention,
  Relation,
  Role,
} from '@kg/schema';
import { retypedEntityError, StoreInputError } from '../errors';
import { isValidDocumentText, isValidExtraction } from '../input-check';

export interface PlannedDocument {
  id: string;
  title?: string;
  date?: string;
  source?: string;
  sentences: number;
  text: string;
  hash: string;
  /** Mentions with their entity's type (the type the store keeps: a re-type is refused). */
  mentions: Array<{ entityId: string; type: EntityType; mention: Mention }>;
  evidence: PlannedEvidence[];
}

export interface PlannedEvidence {
  id: string;
  relationId: string;
  relation: Relation;
  docId: string;
  sentence: number;
  start: number;
  end: number;
  text: string;
  date?: string;
  highlights: string;
}

export interface IngestPlan {
  documents: PlannedDocument[];
  entities: Map<string, Entity>;
  /** Relations by the store's relation id (source__TYPE__target). */
  relations: Map<string, Relation>;
}

/**
 * Validate an extraction and group its mentions and evidence per document (pure). Valid input
 * passes a cheap check and is used as given (only the fields of the contract are read); zod runs
 * only on input that fails it, for the messages.
 */
export function planIngest(input: ExtractionResult, textsInput: DocumentText[]): IngestPlan {
  const result = isValidExtraction(input) ? input : parsed(input);
  const texts = new Map<string, DocumentText>();
  for (const [i, t] of textsInput.entries()) {
    if (isValidDocumentText(t)) {
      texts.set(t.id, t);
      continue;
    }
    const ok = DocumentTextSchema.safeParse(t);
    if (!ok.success) throw invalid(`texts[${i}]`, ok.error.issues);
    texts.set(ok.data.id, ok.data);
  }
  const entities = mergeEntities(result.entities);
  const docs = new Map<string, PlannedDocument>();
  for (const d of result.documents) {
    const t = texts.get(d.id);
    if (!t) {
      throw new StoreInputError(
        'embedded/ingest',
        `no text for document "${d.id}": pass the document texts with the extraction (one { id, text } per document)`,
      );
    }
    docs.set(d.id, {
      id: d.id,
      title: d.title ?? t.title,
      date: d.date ?? t.date,
      source: d.source ?? t.source,
      sentences: d.sentences,
      text: t.text,
      hash: '',
      mentions: [],
      evidence: [],
    });
  }
  const docOf = (docId: string, where: string): PlannedDocument => {
    const doc = docs.get(docId);
    if (!doc) {
      throw new StoreInputError(
        'embedded/ingest',
        `${where} refers to document "${docId}" which is not in documents[]; list every document the extraction cites`,
      );
    }
    return doc;
  };
  for (const e of entities.values()) {
    for (const m of e.mentions)
      docOf(m.docId, `a mention of entity "${e.id}"`).mentions.push({
        entityId: e.id,
        type: e.type,
        mention: m,
      });
  }
  const relations = new Map<string, Relation>();
  for (const r of result.relations) {
    const rid = relationId(r.source, r.type, r.target);
    const relation = withCatalogue(r);
    relations.set(rid, relation);
    for (const ev of r.evidence) {
      const doc = docOf(ev.docId, `evidence of relation "${r.id}"`);
      doc.evidence.push({
        id: `${rid}|${ev.docId}|${ev.sentence}|${ev.start}|${ev.end}`,
        relationId: rid,
        relation,
        docId: ev.docId,
        sentence: ev.sentence,
        start: ev.start,
        end: ev.end,
        text: ev.text,
        date: ev.date ?? r.date ?? doc.date,
        highlights: highlightsJson(ev.highlights),
      });
    }
  }
  for (const doc of docs.values()) doc.hash = hashDocument(doc);
  return { documents: [...docs.values()], entities, relations };
}

/** Entity ids the plan needs (mentioned or relation endpoints) that it does not itself describe. */
export function foreignEndpoints(plan: IngestPlan): string[] {
  const out = new Set<string>();
  for (const r of plan.relations.values()) {
    if (!plan.entities.has(r.source)) out.add(r.source);
    if (!plan.entities.has(r.target)) out.add(r.target);
  }
  return [...out];
}

export function entityTypeOf(
  plan: IngestPlan,
  stored: Map<string, EntityType>,
  id: string,
): EntityType {
  const t = stored.get(id) ?? plan.entities.get(id)?.type;
  if (!t) {
    throw new StoreInputError(
      'embedded/ingest',
      `relation endpoint "${id}" is neither in entities[] nor in the store; include the entity in the extraction`,
    );
  }
  return t;
}

/** An entity id is stored under one label: re-typing it is refused (nothing is written). */
export function checkEntityTypes(plan: IngestPlan, stored: Map<string, EntityType>): void {
  for (const [id, e] of plan.entities) {
    const t = stored.get(id);
    if (t && t !== e.type) throw retypedEntityError('embedded/ingest', id, t, e.type);
  }
}

function parsed(input: unknown): ExtractionResult {
  const out = ExtractionResultSchema.safeParse(input);
  if (!out.success) throw invalid('extraction', out.error.issues);
  return out.data;
}

/** As JSON.stringify of the zod-parsed list (contract keys only, in contract order). */
function highlightsJson(list: Highlight[] | undefined): string {
  if (!list?.length) return '[]';
  let out = '';
  for (const h of list)
    out += `${out ? ',' : ''}{"start":${h.start},"end":${h.end},"role":"${h.role}"}`;
  return `[${out}]`;
}

/** A role with the contract keys only, in contract order (as zod would return it). */
function contractRole(r: Role): Role {
  const out: Role = { role: r.role };
  if (r.of !== undefined) out.of = r.of;
  if (r.since !== undefined) out.since = r.since;
  if (r.until !== undefined) out.until = r.until;
  return out;
}

function withCatalogue(r: Relation): Relation {
  const entry = catalogueEntry(r.type);
  // an explicit literal (contract keys only): spreading a caller's object is slow in V8
  return {
    id: r.id,
    source: r.source,
    target: r.target,
    type: r.type,
    cameo: r.cameo ?? entry?.cameo,
    quadClass: r.quadClass ?? entry?.quadClass,
    role: r.role,
    date: r.date,
    negated: r.negated,
    modality: r.modality,
    claimant: r.claimant,
    confidence: r.confidence,
    evidence: r.evidence,
  };
}

function mergeEntities(list: Entity[]): Map<string, Entity> {
  const out = new Map<string, Entity>();
  for (const e of list) {
    const prev = out.get(e.id);
    if (!prev) {
      const roles = e.roles?.map(contractRole);
      out.set(e.id, { ...e, aliases: [...e.aliases], mentions: [...e.mentions], roles });
      continue;
    }
    prev.aliases = [...new Set([...prev.aliases, ...e.aliases])];
    prev.mentions.push(...e.mentions);
    prev.roles = [...(prev.roles ?? []), ...(e.roles ?? []).map(contractRole)];
    prev.iso3 ??= e.iso3;
  }
  return out;
}

/** Content hash of everything a document contributes: same hash = nothing to do. */
function hashDocument(doc: PlannedDocument): string {
  const mentions = doc.mentions
    .map((m) => [
      m.entityId,
      m.mention.start,
      m.mention.end,
      m.mention.kind,
      m.mention.text,
      m.mention.sentence ?? -1,
    ])
    .map((x) => JSON.stringify(x))
    .sort();
  const evidence = doc.evidence
    .map((e) => {
      const r = e.relation;
      return JSON.stringify([
        e.id,
        e.text,
        e.date,
        e.highlights,
        r.confidence,
        r.negated,
        r.modality,
        r.claimant,
        r.cameo,
        r.quadClass,
        r.role,
      ]);
    })
    .sort();
  const meta = [doc.id, doc.title, doc.date, doc.source, doc.sentences];
  return createHash('sha256')
    .update(JSON.stringify([meta, doc.text, mentions, evidence]))
    .digest('hex');
}

function invalid(
  where: string,
  issues: Array<{ path: PropertyKey[]; message: string }>,
): StoreInputError {
  const first = issues
    .slice(0, 3)
    .map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`)
    .join('; ');
  return new StoreInputError(
    'embedded/ingest',
    `invalid ${where} (${first}); it must match the ExtractionResult contract`,
  );
}
