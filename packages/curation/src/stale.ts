import type { GraphStore } from '@kg/graph-store';
import { relationId, type CorrectionRecord, type RelationRef } from '@kg/schema';
import { survivors } from './resolve';

export interface StaleCorrection {
  record: CorrectionRecord;
  /** What is missing, by name and id. */
  message: string;
}

/**
 * The corrections in effect that no longer find what they refer to in the graph (a changed
 * extractor gave another id, the documents were deleted): reported, never dropped.
 */
export async function findStale(
  store: GraphStore,
  active: CorrectionRecord[],
): Promise<StaleCorrection[]> {
  const final = survivors(active);
  const actor = (id: string) => final.get(id) ?? id;
  const out: StaleCorrection[] = [];
  const missingActor = async (id: string, name?: string) =>
    (await store.getEntity(actor(id)))
      ? undefined
      : `actor ${name ? `"${name}" ` : ''}(${actor(id)}) is not in the graph`;
  const missingRelation = async (r: RelationRef) => {
    const id = relationId(actor(r.source), r.type, actor(r.target));
    return (await store.evidence(id))?.length ? undefined : `relation ${id} is not in the graph`;
  };
  for (const record of active) {
    let message: string | undefined;
    switch (record.kind) {
      case 'merge':
        message = await missingActor(record.survivor.id, record.survivor.name);
        break;
      case 'rename':
      case 'retype':
      case 'split':
        message = await missingActor(record.actor.id, record.actor.name);
        break;
      case 'reject':
        message =
          (await missingActor(record.relation.source)) ??
          (await missingActor(record.relation.target));
        break;
      case 'confirm':
      case 'add':
        message = await missingRelation(record.relation);
        break;
      case 'undo':
        break;
    }
    if (message) out.push({ record, message });
  }
  return out;
}
