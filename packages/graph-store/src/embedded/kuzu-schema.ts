import { ENTITY_TYPES, RELATION_TYPES } from '@kg/schema';
import type { EntityType, RelationType } from '@kg/schema';
import type { KuzuSession } from './kuzu-session';
import { REL_EVIDENCE_COLUMNS, REL_EVIDENCE_TABLE, rebuildEvidenceIndex } from './evidence-index';
import { DOC_EVIDENCE_TABLE, rebuildDocEvidence } from './doc-evidence';
import { createSyndicationTables } from './syndication-store';

/** Labels are backquoted everywhere: `Group` is a reserved word in Kùzu's Cypher. */
export const q = (label: string): string => `\`${label}\``;

const ENTITY_COLUMNS =
  'id STRING PRIMARY KEY, name STRING, aliases STRING[], iso3 STRING, roles STRING, degree INT64';
const DOCUMENT_COLUMNS =
  'id STRING PRIMARY KEY, title STRING, date DATE, source STRING, text STRING, hash STRING, sentences INT64';
const EVIDENCE_COLUMNS =
  'id STRING PRIMARY KEY, relationId STRING, source STRING, type STRING, target STRING, docId STRING, ' +
  'sentence INT64, startOffset INT64, endOffset INT64, text STRING, date DATE, highlights STRING, ' +
  'confidence DOUBLE, negated BOOLEAN, modality STRING, claimant STRING';
const MENTION_COLUMNS =
  'startOffset INT64, endOffset INT64, text STRING, kind STRING, sentence INT64';
export const RELATION_COLUMNS =
  'id STRING, count INT64, firstDate DATE, lastDate DATE, confidence DOUBLE, cameo STRING, ' +
  'quadClass INT64, role STRING, negated BOOLEAN';

const RELATION_SET = new Set<string>(RELATION_TYPES);

/**
 * What relationship tables exist and which (from, to) label pairs each one connects.
 * Kept in memory; `ensurePairs` adds missing tables/pairs with DDL (outside any transaction).
 */
export class KuzuCatalog {
  private readonly pairs = new Map<RelationType, Set<string>>();
  /** The syndication tables exist (false in a read-only database written before them). */
  hasSyndication = false;

  constructor(private readonly session: KuzuSession) {}

  /** Create the fixed tables if missing (a no-op on an existing database) and load rel pairs. */
  init(readOnly: boolean): void {
    if (!readOnly) {
      for (const t of ENTITY_TYPES)
        this.session.exec(`CREATE NODE TABLE IF NOT EXISTS ${q(t)}(${ENTITY_COLUMNS})`);
      this.session.exec(`CREATE NODE TABLE IF NOT EXISTS Document(${DOCUMENT_COLUMNS})`);
      this.session.exec(`CREATE NODE TABLE IF NOT EXISTS Evidence(${EVIDENCE_COLUMNS})`);
      // databases written before relations had a claimant
      this.session.exec('ALTER TABLE Evidence ADD IF NOT EXISTS claimant STRING');
      const names = this.session.exec('CALL show_tables() RETURN name').map((r) => r.name);
      if (!names.includes(REL_EVIDENCE_TABLE)) {
        // databases written before the index existed: build it once from Evidence
        this.session.exec(`CREATE NODE TABLE ${REL_EVIDENCE_TABLE}(${REL_EVIDENCE_COLUMNS})`);
        rebuildEvidenceIndex(this.session);
      }
      if (!names.includes(DOC_EVIDENCE_TABLE)) {
        // same for the per-document key lists (databases written before they existed)
        this.session.exec(`CREATE NODE TABLE ${DOC_EVIDENCE_TABLE}(${REL_EVIDENCE_COLUMNS})`);
        rebuildDocEvidence(this.session);
      }
      const to = ENTITY_TYPES.map((t) => `FROM Document TO ${q(t)}`).join(', ');
      this.session.exec(`CREATE REL TABLE IF NOT EXISTS MENTIONS(${to}, ${MENTION_COLUMNS})`);
      // databases written before syndicated copies were recognised get the tables here
      createSyndicationTables(this.session);
    }
    this.load();
  }

  load(): void {
    this.pairs.clear();
    this.hasSyndication = false;
    for (const t of this.session.exec('CALL show_tables() RETURN name, type')) {
      if (t.name === 'SyndicationDoc') this.hasSyndication = true;
      if (t.type !== 'REL' || !RELATION_SET.has(String(t.name))) continue;
      const type = String(t.name) as RelationType;
      const set = new Set<string>();
      for (const c of this.session.exec(`CALL show_connection('${type}') RETURN *`)) {
        set.add(pairKey(String(c['source table name']), String(c['destination table name'])));
      }
      this.pairs.set(type, set);
    }
  }

  /** Relation types that have a table (i.e. were ingested at least once). */
  existingTypes(): RelationType[] {
    return RELATION_TYPES.filter((t) => this.pairs.has(t));
  }

  hasPair(type: RelationType, from: EntityType, to: EntityType): boolean {
    return this.pairs.get(type)?.has(pairKey(from, to)) ?? false;
  }

  /** A new relation type gets one CREATE with all its pairs (one DDL, not one per pair). */
  ensurePairs(needed: Iterable<{ type: RelationType; from: EntityType; to: EntityType }>): void {
    const missing = new Map<RelationType, Map<string, string>>();
    for (const { type, from, to } of needed) {
      if (this.hasPair(type, from, to)) continue;
      let pairs = missing.get(type);
      if (!pairs) missing.set(type, (pairs = new Map()));
      pairs.set(pairKey(from, to), `FROM ${q(from)} TO ${q(to)}`);
    }
    for (const [type, pairs] of missing) {
      if (!this.pairs.has(type)) {
        const all = [...pairs.values()].join(', ');
        this.session.exec(`CREATE REL TABLE ${type}(${all}, ${RELATION_COLUMNS})`);
        this.pairs.set(type, new Set(pairs.keys()));
        continue;
      }
      for (const [key, pair] of pairs) {
        this.session.exec(`ALTER TABLE ${type} ADD IF NOT EXISTS ${pair}`);
        this.pairs.get(type)?.add(key);
      }
    }
  }

  /** `:A|B|C` for the given relation types that exist, or null when none does. */
  relPattern(types: readonly RelationType[]): string | null {
    const existing = types.filter((t) => this.pairs.has(t));
    return existing.length ? `:${existing.join('|')}` : null;
  }
}

const pairKey = (from: string, to: string): string => `${from}>${to}`;
