import {
  ENTITY_TYPES,
  HIGHLIGHT_ROLES,
  MENTION_KINDS,
  MODALITIES,
  QUAD_CLASSES,
  RELATION_TYPES,
  isCalendarDate,
} from '@kg/schema';
import type { DocumentText, ExtractionResult } from '@kg/schema';

/*
 * A cheap, allocation-free pass equivalent to (never looser than) `ExtractionResultSchema` /
 * `DocumentTextSchema`: zod copies every object it parses (~2 s and much GC for 200k relations).
 * `true` means the input is valid as it is; on `false` the caller runs zod for the messages.
 */

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): v is string => typeof v === 'string';
const optStr = (v: unknown): boolean => v === undefined || typeof v === 'string';
const count = (v: unknown): boolean => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
const optCount = (v: unknown): boolean => v === undefined || count(v);
const oneOf = (values: readonly unknown[]): ((v: unknown) => boolean) => {
  const set = new Set(values);
  return (v) => set.has(v);
};
const entityType = oneOf(ENTITY_TYPES);
const mentionKind = oneOf(MENTION_KINDS);
const modality = oneOf(MODALITIES);
const relationType = oneOf(RELATION_TYPES);
const quadClass = oneOf(QUAD_CLASSES);
const highlightRole = oneOf(HIGHLIGHT_ROLES);
const ID = /^[A-Za-z0-9][A-Za-z0-9_.:-]*$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const goodDates = new Set<string>();

function date(v: unknown): boolean {
  if (!str(v)) return false;
  if (goodDates.has(v)) return true;
  if (!DATE.test(v) || !isCalendarDate(v)) return false;
  if (goodDates.size < 100_000) goodDates.add(v);
  return true;
}
const optDate = (v: unknown): boolean => v === undefined || date(v);
const entityId = (v: unknown): boolean => str(v) && v.length <= 200 && ID.test(v);

function every(v: unknown, check: (x: unknown) => boolean, min = 0): boolean {
  if (!Array.isArray(v) || v.length < min) return false;
  for (const x of v) if (!check(x)) return false;
  return true;
}

const documentOk = (d: unknown): boolean =>
  isObj(d) &&
  str(d.id) &&
  d.id.length > 0 &&
  optStr(d.title) &&
  optDate(d.date) &&
  optStr(d.source) &&
  count(d.sentences);

const mentionOk = (m: unknown): boolean =>
  isObj(m) &&
  str(m.docId) &&
  count(m.start) &&
  count(m.end) &&
  str(m.text) &&
  mentionKind(m.kind) &&
  optCount(m.sentence);

const roleOk = (r: unknown): boolean =>
  isObj(r) && str(r.role) && optStr(r.of) && optDate(r.since) && optDate(r.until);

const entityOk = (e: unknown): boolean =>
  isObj(e) &&
  entityId(e.id) &&
  str(e.name) &&
  e.name.length > 0 &&
  entityType(e.type) &&
  every(e.aliases, str) &&
  (e.iso3 === undefined || (str(e.iso3) && e.iso3.length === 3)) &&
  (e.roles === undefined || every(e.roles, roleOk)) &&
  every(e.mentions, mentionOk);

const highlightOk = (h: unknown): boolean =>
  isObj(h) && count(h.start) && count(h.end) && highlightRole(h.role);

const evidenceOk = (ev: unknown): boolean =>
  isObj(ev) &&
  str(ev.docId) &&
  count(ev.sentence) &&
  count(ev.start) &&
  count(ev.end) &&
  str(ev.text) &&
  (ev.highlights === undefined || every(ev.highlights, highlightOk)) &&
  optDate(ev.date);

const relationOk = (r: unknown): boolean =>
  isObj(r) &&
  str(r.id) &&
  entityId(r.source) &&
  entityId(r.target) &&
  relationType(r.type) &&
  optStr(r.cameo) &&
  (r.quadClass === undefined || quadClass(r.quadClass)) &&
  optStr(r.role) &&
  optDate(r.date) &&
  typeof r.negated === 'boolean' &&
  modality(r.modality) &&
  (r.claimant === undefined || entityId(r.claimant)) &&
  typeof r.confidence === 'number' &&
  r.confidence >= 0 &&
  r.confidence <= 1 &&
  every(r.evidence, evidenceOk, 1);

/** True when `ExtractionResultSchema.parse(v)` would accept `v` unchanged. */
export function isValidExtraction(v: unknown): v is ExtractionResult {
  return (
    isObj(v) &&
    every(v.documents, documentOk) &&
    every(v.entities, entityOk) &&
    every(v.relations, relationOk)
  );
}

/** True when `DocumentTextSchema.parse(v)` would accept `v` unchanged. */
export const isValidDocumentText = (t: unknown): t is DocumentText =>
  isObj(t) && str(t.id) && str(t.text) && optStr(t.title) && optDate(t.date) && optStr(t.source);
