import type { EntityRef } from '../types';
import type { OrganizationEntry, PersonEntry } from './data-schemas';

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

/** A gazetteer organisation or group (hand-written or derived) as an entity reference. */
export function organizationRef(o: OrganizationEntry): EntityRef {
  return {
    id: o.id,
    name: o.name,
    type: o.type,
    aliases: o.aliases,
    known: true,
    country: o.country ?? undefined,
    affiliatedWith: o.affiliatedWith ?? undefined,
    memberOf: o.memberOf,
    kind: o.kind,
  };
}
