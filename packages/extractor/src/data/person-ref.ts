import type { EntityRef } from '../types';
import type { PersonEntry } from './data-schemas';

/** A gazetteer person (hand-written or derived) as an entity reference. */
export function personRef(p: PersonEntry): EntityRef {
  return {
    id: p.id,
    name: p.name,
    type: 'Person',
    aliases: p.aliases,
    known: true,
    roles: p.roles,
  };
}
