import { describe, expect, it } from 'vitest';
import { loadData } from '../data/load-data';

/** The committed derived files (packages/extractor/scripts/convert-phoenix-actors.ts). */
describe('phoenix data files', () => {
  const data = loadData();
  const { people, organizations } = data.phoenix;
  const handIds = new Set([
    ...data.countries.countries.map((c) => c.iso3),
    ...data.organizations.organizations.map((o) => o.id),
    ...data.people.people.map((p) => p.id),
    ...data.groups.groups.map((g) => g.id),
  ]);
  const derived = [...people.people, ...organizations.organizations];

  it('should hold derived people, organisations and agent heads', () => {
    expect(people.people.length).toBeGreaterThan(10_000);
    expect(organizations.organizations.length).toBeGreaterThan(500);
    expect(data.phoenix.agents.groups.length).toBeGreaterThan(50);
  });

  it("should use unique 'phx-' ids that no hand-written entry has", () => {
    const ids = derived.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => !id.startsWith('phx-') || handIds.has(id))).toEqual([]);
  });

  it('should give roles a known holder and valid date ranges', () => {
    const bad = people.people.flatMap((p) =>
      p.roles.filter(
        (r) => !r.of || !handIds.has(r.of) || (!!r.since && !!r.until && r.since > r.until),
      ),
    );
    expect(bad).toEqual([]);
  });

  it('should name nothing the hand-written files name (the hand-written entry wins)', () => {
    const hand = new Set(
      [
        ...data.organizations.organizations.flatMap((o) => [o.name, ...o.aliases]),
        ...data.people.people.flatMap((p) => [p.name, ...p.aliases]),
      ].map((n) => n.toLowerCase()),
    );
    const clashes = derived.flatMap((e) =>
      [e.name, ...e.aliases].filter((n) => hand.has(n.toLowerCase())),
    );
    expect(clashes).toEqual([]);
  });

  it('should list one-word names as ambiguous', () => {
    const ambiguous = new Set([...people.ambiguous, ...organizations.ambiguous].map((a) => a.text));
    const oneWord = derived.flatMap((e) =>
      [e.name, ...e.aliases].filter((n) => !/\s/.test(n) && !ambiguous.has(n)),
    );
    expect(oneWord).toEqual([]);
  });
});
