/**
 * CAMEO actor codes (`ARMGOV`, `IGOUNOKID`, `GRCREB`): three-letter blocks, the first a country
 * (ISO 3166-1 alpha-3, with a few CAMEO spellings) or an international type (IGO, NGO, IMG, MNC).
 */

/** Role labels of the sector that follows a country ('ARMGOV' → government official). */
export const SECTOR_ROLES: Readonly<Record<string, string>> = {
  GOV: 'Government official',
  MIL: 'Military official',
  OPP: 'Opposition leader',
  REB: 'Rebel leader',
  JUD: 'Judicial official',
  LEG: 'Legislator',
  SPY: 'Intelligence official',
  COP: 'Police official',
  PTY: 'Party official',
};

/** CAMEO country blocks that differ from ISO 3166-1 alpha-3. */
const CAMEO_TO_ISO: Readonly<Record<string, string>> = { KSV: 'XKX', ROM: 'ROU', ZAR: 'COD' };

export interface CodeParts {
  /** ISO3 of the first block when it is a country the gazetteer knows. */
  country?: string;
  /** The first block ('IGO', 'NGO', 'ARM'...). */
  head: string;
  /** The block after a country ('GOV', 'REB'...), or after an international type. */
  sector?: string;
}

export function codeParts(code: string, countries: ReadonlySet<string>): CodeParts {
  const head = code.slice(0, 3);
  const iso = CAMEO_TO_ISO[head] ?? head;
  return {
    head,
    country: countries.has(iso) ? iso : undefined,
    sector: code.length >= 6 ? code.slice(3, 6) : undefined,
  };
}
