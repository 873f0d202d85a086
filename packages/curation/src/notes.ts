import {
  relationId,
  type CorrectionRecord,
  type CurationNotes,
  type EntityNote,
  type RelationNote,
  type RejectReason,
} from '@kg/schema';
import { actorIdFor } from './relations';
import { survivors } from './resolve';

const REASONS: Record<RejectReason, string> = {
  'wrong-actor': 'wrong actor',
  'wrong-type': 'wrong relation type',
  'wrong-direction': 'wrong direction',
  'not-stated': 'not stated in the text',
  'negated-or-hypothetical': 'negated or hypothetical',
  duplicate: 'duplicate',
  other: 'other',
};

/** The id a split's alias goes to (the one given, or one made from the new actor's name). */
export const splitTargetId = (r: Extract<CorrectionRecord, { kind: 'split' }>): string =>
  r.into.id ?? actorIdFor(r.into.name);

/**
 * What the viewer shows for the corrections in effect: notes by entity id (as in the corrected
 * graph: a survivor carries "merged from ...") and by relation id (a rejected relation's note is
 * listed under its id though the relation is no longer in the graph).
 */
export function curationNotes(active: CorrectionRecord[]): CurationNotes {
  const final = survivors(active);
  const actor = (id: string) => final.get(id) ?? id;
  const entities: Record<string, EntityNote[]> = {};
  const relations: Record<string, RelationNote[]> = {};
  const onEntity = (
    id: string,
    note: Omit<EntityNote, 'by' | 'at' | 'correction'>,
    r: CorrectionRecord,
  ) => (entities[actor(id)] ??= []).push({ correction: r.id, ...note, by: r.author, at: r.at });
  const onRelation = (
    ref: { source: string; type: string; target: string },
    note: Omit<RelationNote, 'by' | 'at' | 'correction'>,
    r: CorrectionRecord,
  ) => {
    const id = relationId(actor(ref.source), ref.type, actor(ref.target));
    (relations[id] ??= []).push({ correction: r.id, ...note, by: r.author, at: r.at });
  };
  for (const r of active) {
    switch (r.kind) {
      case 'merge':
        for (const m of r.merged)
          onEntity(r.survivor.id, { kind: 'merged-from', text: `merged from ${m.name}` }, r);
        break;
      case 'rename':
        onEntity(r.actor.id, { kind: 'renamed-from', text: `renamed from ${r.actor.name}` }, r);
        break;
      case 'retype':
        onEntity(
          r.actor.id,
          {
            kind: 'retyped-from',
            text: r.was ? `type changed from ${r.was}` : `type changed to ${r.type}`,
          },
          r,
        );
        break;
      case 'split':
        onEntity(
          r.actor.id,
          { kind: 'split-off', text: `alias "${r.alias}" split off into ${r.into.name}` },
          r,
        );
        onEntity(
          splitTargetId(r),
          { kind: 'split-into', text: `split off ${r.actor.name} (alias "${r.alias}")` },
          r,
        );
        break;
      case 'confirm':
        onRelation(r.relation, { kind: 'confirmed', text: `confirmed by ${r.author}` }, r);
        break;
      case 'reject':
        onRelation(
          r.relation,
          {
            kind: 'rejected',
            text: `rejected: ${REASONS[r.reason]} (${r.author})`,
            reason: r.reason,
          },
          r,
        );
        break;
      case 'add':
        onRelation(r.relation, { kind: 'added', text: `added by ${r.author}` }, r);
        break;
      case 'undo':
        break;
    }
  }
  return { entities, relations };
}
