import { relationId, type CorrectionRecord } from '@kg/schema';

/** One line saying what a correction does, for `kg corrections list`. */
export function describeCorrection(r: CorrectionRecord): string {
  switch (r.kind) {
    case 'merge':
      return `merge ${r.merged.map((m) => `"${m.name}" (${m.id})`).join(', ')} into "${r.survivor.name}" (${r.survivor.id})`;
    case 'rename':
      return `rename "${r.actor.name}" (${r.actor.id}) to "${r.name}"`;
    case 'retype':
      return `retype "${r.actor.name}" (${r.actor.id}) as ${r.type}`;
    case 'split':
      return `split alias "${r.alias}" off "${r.actor.name}" (${r.actor.id}) into "${r.into.name}" (${r.into.type})`;
    case 'reject':
      return `reject ${relationId(r.relation.source, r.relation.type, r.relation.target)} (${r.reason})`;
    case 'confirm':
      return `confirm ${relationId(r.relation.source, r.relation.type, r.relation.target)}`;
    case 'add':
      return `add ${relationId(r.relation.source, r.relation.type, r.relation.target)} from ${r.evidence.docId} [${r.evidence.start}-${r.evidence.end}]`;
    case 'undo':
      return `undo ${r.target}`;
  }
}
