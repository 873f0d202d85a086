import type {
  CorrectionRecord,
  CorrectionsResponse,
  CorrectionWriteResponse,
  Document,
  EntityNote,
  RelationNote,
} from '@kg/schema';
import { ENTITY_TYPES, REJECT_REASONS, RELATION_TYPES } from '@kg/schema/constants';
import * as g from './guard';
import type { Guard } from './guard';
import { StatsGuard, isoDate } from './responses';

/*
 * Guards for the curation API (`GET /api/corrections`, `POST /api/corrections[/:id/undo]`) and
 * `GET /api/documents/:id`, mirroring @kg/schema's CorrectionRecordSchema and the server's
 * response shapes; corrections.test.ts runs both on the same samples.
 */

export type { CorrectionsResponse, EntityNote, RelationNote };
export type CorrectionResult = CorrectionWriteResponse;
export type DocumentRecord = Document & { text: string };

const trimmed =
  (min: number, max: number): Guard<string> =>
  (v) =>
    g.str(min, max)(g.str()(v).trim());
const entityId = g.str(1, 200, /^[A-Za-z0-9][A-Za-z0-9_.:-]*$/);
const entityRef = g.obj({ id: entityId, name: g.str(1, 300) });
const relationRef = { source: entityId, type: g.oneOf(RELATION_TYPES), target: entityId };
const entityType = g.oneOf(ENTITY_TYPES);
const nonNeg = g.num(0, Infinity, { int: true });

const BY_KIND: Record<CorrectionRecord['kind'], Guard<unknown>> = {
  merge: g.obj({
    survivor: g.obj({ id: entityId, name: g.str(1, 300), type: g.opt(entityType) }),
    merged: g.arr(entityRef, 50),
  }),
  rename: g.obj({ actor: entityRef, name: trimmed(1, 300) }),
  retype: g.obj({ actor: entityRef, type: entityType }),
  split: g.obj({
    actor: entityRef,
    alias: trimmed(1, 300),
    into: g.obj({ id: g.opt(entityId), name: trimmed(1, 300), type: entityType }),
  }),
  reject: g.obj({ relation: g.obj(relationRef), reason: g.oneOf(REJECT_REASONS) }),
  confirm: g.obj({ relation: g.obj(relationRef) }),
  add: g.obj({
    relation: g.obj({ ...relationRef, negated: g.withDefault(g.bool, () => false) }),
    evidence: g.obj({
      docId: g.str(1),
      start: nonNeg,
      end: g.num(0, Infinity, { int: true, positive: true }),
    }),
  }),
  undo: g.obj({ target: g.str(1, 100) }),
};
const envelope = g.obj({
  v: g.oneOf([1] as const),
  id: g.str(0, Infinity, /^c-[0-9a-z-]{6,80}$/),
  at: g.str(1),
  author: trimmed(1, 200),
  why: g.opt(g.str(0, 2000)),
  kind: g.oneOf(Object.keys(BY_KIND) as CorrectionRecord['kind'][]),
});

export const CorrectionRecordGuard: Guard<CorrectionRecord> = (v) => {
  const head = envelope(v);
  const body = BY_KIND[head.kind](v) as object;
  if (head.kind === 'merge' && (body as { merged: unknown[] }).merged.length < 1)
    throw new g.GuardError('merged', 'expected at least 1 item');
  if (head.kind === 'add') {
    const s = (body as { evidence: { start: number; end: number } }).evidence;
    if (s.end <= s.start) throw new g.GuardError('evidence', 'expected end > start');
  }
  return { ...head, ...body } as CorrectionRecord;
};

const author = { by: g.str(), at: g.str() };
const EntityNoteGuard: Guard<EntityNote> = g.obj({
  correction: g.str(1),
  kind: g.oneOf([
    'merged-from',
    'renamed-from',
    'retyped-from',
    'split-off',
    'split-into',
  ] as const),
  text: g.str(),
  ...author,
});
const RelationNoteGuard: Guard<RelationNote> = g.obj({
  correction: g.str(1),
  kind: g.oneOf(['confirmed', 'rejected', 'added'] as const),
  text: g.str(),
  reason: g.opt(g.oneOf(REJECT_REASONS)),
  ...author,
});

export const CorrectionsResponseGuard: Guard<CorrectionsResponse> = g.obj({
  records: g.arr(CorrectionRecordGuard),
  active: g.arr(g.str()),
  notes: g.obj({
    entities: g.rec(g.str(), g.arr(EntityNoteGuard)),
    relations: g.rec(g.str(), g.arr(RelationNoteGuard)),
  }),
});

export const CorrectionResultGuard: Guard<CorrectionWriteResponse> = g.obj({
  record: CorrectionRecordGuard,
  reingested: nonNeg,
  stats: StatsGuard,
});

export const DocumentRecordGuard: Guard<DocumentRecord> = g.obj({
  id: g.str(1),
  title: g.opt(g.str()),
  date: g.opt(isoDate),
  source: g.opt(g.str()),
  sentences: nonNeg,
  text: g.str(),
});
