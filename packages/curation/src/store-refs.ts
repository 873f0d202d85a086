import type { GraphStore } from '@kg/graph-store';
import {
  relationId,
  type CorrectionInput,
  type CorrectionRecord,
  type RelationRef,
} from '@kg/schema';
import { CorrectionInputError, CorrectionNotFoundError } from './errors';
import { foldName } from './relations';
import { splitTargetId } from './notes';

const HINT = 'reload the graph and try again (it may have been merged, renamed or re-extracted)';

async function mustHaveActor(store: GraphStore, ref: { id: string; name?: string }) {
  const detail = await store.getEntity(ref.id);
  if (!detail)
    throw new CorrectionNotFoundError(
      'store',
      `actor ${ref.name ? `"${ref.name}" ` : ''}(${ref.id}) is not in the graph: ${HINT}`,
    );
  return detail;
}

const relId = (r: RelationRef) => relationId(r.source, r.type, r.target);

/** Throws CorrectionNotFoundError when an actor or relation `input` names is not in the graph. */
export async function checkAgainstStore(store: GraphStore, input: CorrectionInput): Promise<void> {
  switch (input.kind) {
    case 'merge':
      for (const ref of [input.survivor, ...input.merged]) await mustHaveActor(store, ref);
      return;
    case 'rename':
    case 'retype':
      await mustHaveActor(store, input.actor);
      return;
    case 'split': {
      const detail = await mustHaveActor(store, input.actor);
      const alias = foldName(input.alias);
      const known = [...detail.entity.aliases, ...detail.mentions.map((m) => m.text)];
      if (!known.some((a) => foldName(a) === alias))
        throw new CorrectionNotFoundError(
          'store',
          `"${input.alias}" is not an alias of "${input.actor.name}" (${input.actor.id}): pick one of its aliases`,
        );
      if (input.into.id) {
        const into = await mustHaveActor(store, { id: input.into.id, name: input.into.name });
        if (into.entity.type !== input.into.type)
          throw new CorrectionInputError(
            'store',
            `"${into.entity.name}" (${input.into.id}) is a ${into.entity.type}, not a ${input.into.type}: split into it as a ${into.entity.type}, or retype it first`,
          );
      }
      return;
    }
    case 'reject':
    case 'confirm': {
      const rows = await store.evidence(relId(input.relation));
      if (!rows?.length)
        throw new CorrectionNotFoundError(
          'store',
          `relation ${relId(input.relation)} is not in the graph: ${HINT}`,
        );
      return;
    }
    case 'add': {
      const doc = await store.getDocument(input.evidence.docId);
      if (!doc)
        throw new CorrectionNotFoundError(
          'store',
          `document ${input.evidence.docId} is not in the store`,
        );
      if (input.evidence.end > doc.text.length)
        throw new CorrectionInputError(
          'store',
          `evidence span ${input.evidence.start}-${input.evidence.end} is past the end of document ${doc.id} (${doc.text.length} characters): select the sentence again`,
        );
      for (const id of [input.relation.source, input.relation.target]) {
        const actor = await mustHaveActor(store, { id });
        if (!actor.documents.some((d) => d.id === doc.id))
          throw new CorrectionInputError(
            'store',
            `"${actor.entity.name}" (${id}) is not mentioned in document ${doc.id}: an added relation needs a sentence of that document naming both actors`,
          );
      }
      return;
    }
    case 'undo':
      return;
  }
}

/** Ids of the stored documents mentioning the actor (none when it is not in the graph). */
async function actorDocs(store: GraphStore, id: string): Promise<string[]> {
  const detail = await store.getEntity(id);
  if (!detail) return [];
  return [...detail.documents.map((d) => d.id), ...detail.mentions.map((m) => m.docId)];
}

/** The stored documents whose extraction `record` changes: re-extracted to apply or undo it. */
export async function affectedDocuments(
  store: GraphStore,
  record: CorrectionRecord,
  byId: (id: string) => CorrectionRecord | undefined,
): Promise<Set<string>> {
  const out = new Set<string>();
  const actors = async (...ids: string[]) => {
    for (const id of ids) for (const d of await actorDocs(store, id)) out.add(d);
  };
  const relation = async (r: RelationRef) => {
    for (const row of (await store.evidence(relId(r))) ?? []) out.add(row.docId);
    const target = new Set(await actorDocs(store, r.target));
    for (const d of await actorDocs(store, r.source)) if (target.has(d)) out.add(d);
  };
  switch (record.kind) {
    case 'merge':
      await actors(record.survivor.id, ...record.merged.map((m) => m.id));
      break;
    case 'rename':
    case 'retype':
      await actors(record.actor.id);
      break;
    case 'split':
      await actors(record.actor.id, splitTargetId(record));
      break;
    case 'reject':
    case 'confirm':
      await relation(record.relation);
      break;
    case 'add':
      out.add(record.evidence.docId);
      await relation(record.relation);
      break;
    case 'undo': {
      const target = byId(record.target);
      if (target) for (const d of await affectedDocuments(store, target, byId)) out.add(d);
      break;
    }
  }
  return out;
}

/** `input` with stored types added: a merge's survivor type, a retype's former type. */
export async function withStoredTypes(
  store: GraphStore,
  input: CorrectionInput,
): Promise<CorrectionInput> {
  if (input.kind === 'merge' && !input.survivor.type) {
    const survivor = await store.getEntity(input.survivor.id);
    if (survivor) return { ...input, survivor: { ...input.survivor, type: survivor.entity.type } };
  }
  if (input.kind === 'retype' && !input.was) {
    const actor = await store.getEntity(input.actor.id);
    if (actor) return { ...input, was: actor.entity.type };
  }
  return input;
}
