import { describe, expect, it } from 'vitest';
import { modalityNote } from './evidence-modality';

const names = new Map([['RUS', 'Russia']]);
const nameOf = (id: string) => names.get(id);

describe('modalityNote', () => {
  it.each([
    [{ modality: 'claimed', claimant: 'RUS' }, 'Claim by Russia, not an established fact'],
    [
      { modality: 'claimed', claimant: 'unknown-id' },
      'Claim by unknown-id, not an established fact',
    ],
    [{ modality: 'claimed' }, 'Claim by a source, not an established fact'],
    [{ modality: 'denied' }, 'Denied'],
    [{ modality: 'asserted' }, undefined],
    [{}, undefined],
  ] as const)('should describe %j as %s', (row, expected) => {
    expect(modalityNote(row, nameOf)).toBe(expected);
  });
});
