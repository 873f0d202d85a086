import { catalogueEntry } from '@kg/schema/constants';

/** "SANCTIONS" -> "sanctions", "HOLDS_ROLE" + role -> "holds role: President". */
export function relationLabel(type: string, role?: string): string {
  const base = catalogueEntry(type)?.label ?? type.toLowerCase().replace(/_/g, ' ');
  return role ? `${base}: ${role}` : base;
}

/** Relation kind as analysts read it in lists: "HOLDS_ROLE → Belarus". */
export function relationHeading(type: string, outgoing: boolean, other: string): string {
  return outgoing ? `${type} → ${other}` : `${type} ← ${other}`;
}
