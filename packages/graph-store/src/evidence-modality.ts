import { MODALITIES, type EvidenceRow, type Modality } from '@kg/schema';

const KNOWN: ReadonlySet<string> = new Set(MODALITIES);

/**
 * The modality and claimant of a stored evidence row as the API returns them: only when the
 * sentence does not simply assert the relation ('asserted' is the default and left out).
 */
export function modalityOf(
  modality: unknown,
  claimant: unknown,
): Pick<EvidenceRow, 'modality' | 'claimant'> {
  const out: Pick<EvidenceRow, 'modality' | 'claimant'> = {};
  if (typeof modality === 'string' && KNOWN.has(modality) && modality !== 'asserted')
    out.modality = modality as Modality;
  if (typeof claimant === 'string' && claimant !== '') out.claimant = claimant;
  return out;
}
