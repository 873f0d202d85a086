import type { EntityRef } from '../types';
import { organizationRef, personRef } from './gazetteer-refs';
import type { PhoenixData } from './load-data';

type Add = (
  surface: string,
  ref: EntityRef,
  kind: 'name' | 'alias',
  capital: boolean,
  plural: boolean,
  ambiguous: ReadonlySet<string>,
) => void;

/**
 * Entries derived from the Phoenix dictionaries, after the hand-written ones: an id or a surface
 * the hand-written files already have stays theirs (the phrase index keeps the first surface).
 */
export function addPhoenix(
  data: PhoenixData,
  refs: Map<string, EntityRef>,
  peopleByName: Map<string, EntityRef>,
  add: Add,
): void {
  const ambiguous = new Set(
    [...data.people.ambiguous, ...data.organizations.ambiguous].map((a) => a.text.toLowerCase()),
  );
  const surfaces = (ref: EntityRef, names: string[]) => {
    names.forEach((n, i) => add(n, ref, i === 0 ? 'name' : 'alias', false, false, ambiguous));
  };
  for (const o of data.organizations.organizations) {
    if (refs.has(o.id)) continue;
    const ref = organizationRef(o);
    refs.set(o.id, ref);
    surfaces(ref, [o.name, ...o.aliases]);
  }
  for (const p of data.people.people) {
    if (refs.has(p.id)) continue;
    const ref = personRef(p);
    refs.set(p.id, ref);
    for (const n of [p.name, ...p.aliases]) {
      const key = n.toLowerCase();
      if (!peopleByName.has(key)) peopleByName.set(key, ref);
    }
    surfaces(ref, [p.name, ...p.aliases]);
  }
}
