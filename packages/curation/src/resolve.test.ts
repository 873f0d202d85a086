import { describe, expect, it } from 'vitest';
import type { CorrectionInput } from '@kg/schema';
import { CorrectionConflictError, CorrectionNotFoundError } from './errors';
import { curationNotes } from './notes';
import { checkCorrection, resolveCorrections } from './resolve';
import { MERGE_ERDO, record, REJECT_SUPPORT } from './test-fixture';

const CONFIRM_SUPPORT: CorrectionInput = {
  kind: 'confirm',
  relation: { source: 'GBR', type: 'SUPPORTS', target: 'SWE' },
};

describe('resolveCorrections / checkCorrection', () => {
  it.each<[string, CorrectionInput, CorrectionInput, RegExp]>([
    [
      'a merge cycle',
      MERGE_ERDO,
      {
        kind: 'merge',
        survivor: { id: 'erdo', name: 'Erdo' },
        merged: [{ id: 'recep-erdogan', name: 'R' }],
      },
      /merge cycle: "Erdo" was merged into recep-erdogan by c-test-\d+; undo c-test-\d+ first/,
    ],
    [
      'merging an actor merged away',
      MERGE_ERDO,
      {
        kind: 'merge',
        survivor: { id: 'SWE', name: 'Sweden' },
        merged: [{ id: 'erdo', name: 'Erdo' }],
      },
      /"Erdo" \(erdo\) was already merged into "Recep Erdogan" by c-test-\d+/,
    ],
    [
      'renaming an actor merged away',
      MERGE_ERDO,
      { kind: 'rename', actor: { id: 'erdo', name: 'Erdo' }, name: 'X' },
      /was merged into "Recep Erdogan" \(recep-erdogan\) by c-test-\d+: correct the survivor/,
    ],
    [
      'confirming a rejected relation',
      REJECT_SUPPORT,
      CONFIRM_SUPPORT,
      /rejected by c-test-\d+: undo c-test-\d+ before/,
    ],
    [
      'rejecting a confirmed relation',
      CONFIRM_SUPPORT,
      REJECT_SUPPORT,
      /confirmed by c-test-\d+: undo/,
    ],
    [
      'rejecting a relation twice',
      REJECT_SUPPORT,
      REJECT_SUPPORT,
      /already rejected by c-test-\d+/,
    ],
  ])('should refuse %s, naming the earlier correction', (_what, first, second, message) => {
    const earlier = record(first);
    expect(() => checkCorrection([earlier], second)).toThrow(CorrectionConflictError);
    expect(() => checkCorrection([earlier], second)).toThrow(message);
    expect(() => checkCorrection([earlier], second)).toThrow(earlier.id);
    // the same pair in a log (imported, hand-edited): the later one is refused, the log read on
    const later = record(second);
    const resolution = resolveCorrections([earlier, later]);
    expect(resolution.active).toEqual([earlier]);
    expect(resolution.conflicts).toEqual([
      { record: later, message: expect.stringMatching(message) },
    ]);
  });

  it('should undo a record, allow what it blocked, and refuse undoing an undo or twice', () => {
    const reject = record(REJECT_SUPPORT);
    const undo = record({ kind: 'undo', target: reject.id });
    expect(resolveCorrections([reject, undo]).active).toEqual([]);
    expect(() => checkCorrection([reject, undo], CONFIRM_SUPPORT)).not.toThrow();
    expect(() => checkCorrection([reject, undo], { kind: 'undo', target: reject.id })).toThrow(
      `${reject.id} was already undone by ${undo.id}`,
    );
    expect(() => checkCorrection([reject, undo], { kind: 'undo', target: undo.id })).toThrow(
      /is itself an undo .*cannot be undone/,
    );
    expect(() => checkCorrection([reject], { kind: 'undo', target: 'c-nope-000000' })).toThrow(
      CorrectionNotFoundError,
    );
  });

  it('should give notes by entity (survivor) and relation id', () => {
    const merge = record(MERGE_ERDO, 'ana');
    const reject = record(REJECT_SUPPORT, 'bo');
    const confirm = record(
      { kind: 'confirm', relation: { source: 'erdo', type: 'CRITICIZES', target: 'SWE' } },
      'cy',
    );
    const notes = curationNotes([merge, reject, confirm]);
    expect(notes.entities['recep-erdogan']).toEqual([
      {
        correction: merge.id,
        kind: 'merged-from',
        text: 'merged from Erdo',
        by: 'ana',
        at: merge.at,
      },
    ]);
    expect(notes.relations['GBR__SUPPORTS__SWE']).toEqual([
      {
        correction: reject.id,
        kind: 'rejected',
        text: 'rejected: wrong actor (bo)',
        reason: 'wrong-actor',
        by: 'bo',
        at: reject.at,
      },
    ]);
    expect(notes.relations['recep-erdogan__CRITICIZES__SWE']?.[0]?.text).toBe('confirmed by cy');
    const retype = record({
      kind: 'retype',
      actor: { id: 'erdo', name: 'Erdo' },
      type: 'Person',
      was: 'Organization',
    });
    expect(curationNotes([retype]).entities['erdo']?.[0]?.text).toBe(
      'type changed from Organization',
    );
  });
});
