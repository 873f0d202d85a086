import { relationId, type CorrectionInput, type CorrectionRecord } from '@kg/schema';
import { CorrectionConflictError, CorrectionNotFoundError } from './errors';

/** The corrections of a log in effect, and what replaying the log refused. */
export interface Resolution {
  /** Records in effect, in log order: not undone, not undo records, no conflict. */
  active: CorrectionRecord[];
  /** Undone record id -> the undo record that withdrew it. */
  undone: Map<string, CorrectionRecord>;
  /** Records refused on replay (an imported or hand-edited log), each with the reason. */
  conflicts: Array<{ record: CorrectionRecord; message: string }>;
}

type Verdict = { kind: 'confirm' | 'reject' | 'add'; by: string };

/** Fold of the records in effect: who was merged into whom, and each relation's verdict. */
class CurationState {
  readonly mergedInto = new Map<string, { survivor: string; name: string; by: string }>();
  readonly verdicts = new Map<string, Verdict>();

  /** The actor `id` became after merges (itself when never merged away). */
  survivorOf(id: string): string {
    const seen = new Set<string>();
    for (let m = this.mergedInto.get(id); m && !seen.has(id); m = this.mergedInto.get(id)) {
      seen.add(id);
      id = m.survivor;
    }
    return id;
  }

  /** Why `input` cannot be applied on top of this state, or undefined. */
  conflict(input: Exclude<CorrectionInput, { kind: 'undo' }>): string | undefined {
    switch (input.kind) {
      case 'merge': {
        const ids = input.merged.map((m) => m.id);
        if (ids.includes(input.survivor.id))
          return `cannot merge "${input.survivor.name}" (${input.survivor.id}) into itself`;
        const away = this.mergedInto.get(input.survivor.id);
        if (away) {
          const final = this.survivorOf(input.survivor.id);
          if (ids.includes(final))
            return `merge cycle: "${input.survivor.name}" was merged into ${final} by ${away.by}; undo ${away.by} first`;
          return `"${input.survivor.name}" (${input.survivor.id}) was merged into "${away.name}" (${final}) by ${away.by}: merge into ${final} instead`;
        }
        for (const m of input.merged) {
          const earlier = this.mergedInto.get(m.id);
          if (earlier)
            return `"${m.name}" (${m.id}) was already merged into "${earlier.name}" by ${earlier.by}`;
        }
        return undefined;
      }
      case 'rename':
      case 'retype':
      case 'split': {
        const away = this.mergedInto.get(input.actor.id);
        if (away)
          return `"${input.actor.name}" (${input.actor.id}) was merged into "${away.name}" (${this.survivorOf(input.actor.id)}) by ${away.by}: correct the survivor instead, or undo ${away.by}`;
        if (input.kind === 'split' && input.into.id === input.actor.id)
          return `cannot split "${input.alias}" off "${input.actor.name}" into the same actor`;
        return undefined;
      }
      case 'reject':
      case 'confirm':
      case 'add': {
        const r = input.relation;
        const id = relationId(r.source, r.type, r.target);
        const earlier = this.verdicts.get(id);
        if (!earlier) return undefined;
        const past = { confirm: 'confirmed', reject: 'rejected', add: 'added' }[earlier.kind];
        if (earlier.kind === input.kind && input.kind !== 'add')
          return `relation ${id} was already ${past} by ${earlier.by}`;
        if (earlier.kind === 'reject' || input.kind === 'reject')
          return `relation ${id} was ${past} by ${earlier.by}: undo ${earlier.by} before this correction`;
        return undefined;
      }
    }
  }

  accept(record: CorrectionRecord): void {
    if (record.kind === 'merge') {
      for (const m of record.merged)
        this.mergedInto.set(m.id, {
          survivor: record.survivor.id,
          name: record.survivor.name,
          by: record.id,
        });
    } else if (record.kind === 'reject' || record.kind === 'confirm' || record.kind === 'add') {
      const r = record.relation;
      const id = relationId(r.source, r.type, r.target);
      if (!(record.kind === 'add' && this.verdicts.has(id)))
        this.verdicts.set(id, { kind: record.kind, by: record.id });
    }
  }
}

/** Why undoing `target` is refused, or undefined. */
function undoConflict(
  target: CorrectionRecord | undefined,
  targetId: string,
  undone: Map<string, CorrectionRecord>,
): { notFound: boolean; message: string } | undefined {
  if (!target) return { notFound: true, message: `no correction ${targetId} in the log to undo` };
  if (target.kind === 'undo')
    return {
      notFound: false,
      message: `${targetId} is itself an undo (of ${target.target}): an undo cannot be undone; submit the correction again instead`,
    };
  const by = undone.get(targetId);
  if (by) return { notFound: false, message: `${targetId} was already undone by ${by.id}` };
  return undefined;
}

/**
 * Replays `records` (log order): undo records withdraw their targets, then the others are folded
 * in order; one that conflicts with those before it is refused (listed in `conflicts`, not in
 * effect). A merge cycle can never be in effect: the merge closing it is the one refused.
 */
export function resolveCorrections(records: CorrectionRecord[]): Resolution {
  const byId = new Map<string, CorrectionRecord>();
  const undone = new Map<string, CorrectionRecord>();
  const conflicts: Resolution['conflicts'] = [];
  for (const r of records) {
    if (byId.has(r.id)) {
      conflicts.push({ record: r, message: `duplicate correction id ${r.id}: skipped` });
      continue;
    }
    if (r.kind === 'undo') {
      const refused = undoConflict(byId.get(r.target), r.target, undone);
      if (refused) conflicts.push({ record: r, message: refused.message });
      else undone.set(r.target, r);
    }
    byId.set(r.id, r);
  }
  const state = new CurationState();
  const active: CorrectionRecord[] = [];
  const refused = new Set(conflicts.map((c) => c.record));
  for (const r of records) {
    if (r.kind === 'undo' || undone.has(r.id) || refused.has(r)) continue;
    const message = state.conflict(r);
    if (message) {
      conflicts.push({ record: r, message });
      continue;
    }
    state.accept(r);
    active.push(r);
  }
  return { active, undone, conflicts };
}

/**
 * Throws unless `input` can be added to the log holding `records`: a CorrectionConflictError
 * naming the earlier correction, or a CorrectionNotFoundError for an undo of an unknown id.
 */
export function checkCorrection(records: CorrectionRecord[], input: CorrectionInput): void {
  const resolution = resolveCorrections(records);
  if (input.kind === 'undo') {
    const target = records.find((r) => r.id === input.target);
    const refused = undoConflict(target, input.target, resolution.undone);
    if (!refused) return;
    const Err = refused.notFound ? CorrectionNotFoundError : CorrectionConflictError;
    throw new Err('resolve', refused.message);
  }
  const state = new CurationState();
  for (const r of resolution.active) state.accept(r);
  const message = state.conflict(input);
  if (message) throw new CorrectionConflictError('resolve', message);
}

/** The survivor of each merged-away actor id, following chains (A into B, B into C: A -> C). */
export function survivors(active: CorrectionRecord[]): Map<string, string> {
  const state = new CurationState();
  for (const r of active) state.accept(r);
  return new Map([...state.mergedInto.keys()].map((id) => [id, state.survivorOf(id)]));
}
