import type { CorrectionRecord, RejectReason } from '@kg/schema';
import type { CorrectionsResponse, RelationNote } from './schema/corrections';

export type CorrectionStatus = 'active' | 'undone' | 'stale' | 'undo';

/** "wrong-actor" → "wrong actor". */
export function reasonLabel(reason: RejectReason): string {
  return reason.replace(/-/g, ' ');
}

/** What a correction did, in one line ("Merged Erdo into Recep Tayyip Erdoğan"). */
export function describeCorrection(
  r: CorrectionRecord,
  byId: (id: string) => CorrectionRecord | undefined = () => undefined,
  nameOf: (id: string) => string | undefined = () => undefined,
): string {
  const rel = (x: { source: string; type: string; target: string }) =>
    relationText(x.source, x.type, x.target, nameOf);
  switch (r.kind) {
    case 'merge':
      return `Merged ${r.merged.map((m) => m.name).join(', ')} into ${r.survivor.name}`;
    case 'rename':
      return `Renamed ${r.actor.name} to ${r.name}`;
    case 'retype':
      return `Changed the type of ${r.actor.name} to ${r.type}`;
    case 'split':
      return `Split alias “${r.alias}” off ${r.actor.name} into ${r.into.name} (${r.into.type})`;
    case 'reject':
      return `Rejected ${rel(r.relation)}: ${reasonLabel(r.reason)}`;
    case 'confirm':
      return `Confirmed ${rel(r.relation)}`;
    case 'add':
      return `Added ${rel(r.relation)}${r.relation.negated ? ' (negated)' : ''}`;
    case 'undo': {
      const t = byId(r.target);
      return `Undid ${t ? describeCorrection(t, byId, nameOf).replace(/^\w/, (c) => c.toLowerCase()) : r.target}`;
    }
  }
}

/**
 * A record's status in the log: `undo` records are the withdrawals themselves; a record some undo
 * withdrew is `undone`; one the server does not count as in effect otherwise is `stale` (its
 * actor or relation is gone, e.g. after the extractor changed).
 */
export function correctionStatuses(res: CorrectionsResponse): Map<string, CorrectionStatus> {
  const active = new Set(res.active);
  const undone = new Set(res.records.flatMap((r) => (r.kind === 'undo' ? [r.target] : [])));
  return new Map(
    res.records.map((r): [string, CorrectionStatus] => [
      r.id,
      r.kind === 'undo'
        ? 'undo'
        : undone.has(r.id)
          ? 'undone'
          : active.has(r.id)
            ? 'active'
            : 'stale',
    ]),
  );
}

/** "Belarus —SUPPORTS→ Russia" (ids where no name is known). */
export function relationText(
  source: string,
  type: string,
  target: string,
  nameOf: (id: string) => string | undefined = () => undefined,
): string {
  return `${nameOf(source) ?? source} —${type}→ ${nameOf(target) ?? target}`;
}

/** `source__TYPE__target` (relationId in @kg/schema) back to its parts. */
export function parseRelationId(
  id: string,
): { source: string; type: string; target: string } | undefined {
  const m = /^(.+?)__([A-Z_]+?)__(.+)$/.exec(id);
  return m ? { source: m[1], type: m[2], target: m[3] } : undefined;
}

/** Rejected relations touching `entity` (no longer in the graph): shown on its details. */
export function rejectedAround(
  notes: CorrectionsResponse['notes'],
  entity: string,
): Array<{ relation: string; note: RelationNote }> {
  const out: Array<{ relation: string; note: RelationNote }> = [];
  for (const [relation, list] of Object.entries(notes.relations)) {
    const key = parseRelationId(relation);
    if (!key || (key.source !== entity && key.target !== entity)) continue;
    for (const note of list) if (note.kind === 'rejected') out.push({ relation, note });
  }
  return out;
}

/** "2026-12-08T01:02:03.000Z" → "2026-12-08 01:02". */
export function shortTime(iso: string): string {
  return iso.replace('T', ' ').slice(0, 16);
}
