import type { EvidenceRow, Modality } from '@kg/schema';

const MODALITY_NOTES: Partial<Record<Modality, string>> = {
  expected: 'Expected, not yet happened',
  reported: 'Reported by others',
  denied: 'Denied',
  possible: 'Possible',
};

/**
 * How an evidence sentence states its relation, when it does not simply assert it: 'Claim by
 * Russia, not an established fact' (one side's claim; `nameOf` names the claimant, else its id),
 * 'Denied', ... Undefined for a plain assertion.
 */
export function modalityNote(
  row: Pick<EvidenceRow, 'modality' | 'claimant'>,
  nameOf: (id: string) => string | undefined,
): string | undefined {
  if (row.modality === 'claimed') {
    const who = row.claimant ? (nameOf(row.claimant) ?? row.claimant) : 'a source';
    return `Claim by ${who}, not an established fact`;
  }
  return row.modality ? MODALITY_NOTES[row.modality] : undefined;
}
