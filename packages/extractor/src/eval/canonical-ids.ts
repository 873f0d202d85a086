import type { Gold } from './gold-schema';

/** Maps a gold id to the id of the actor it denotes, following 'equivalent' (kremlin -> russia). */
export function createCanonicalId(gold: Pick<Gold, 'equivalent'>): (id: string) => string {
  const equivalent = new Map(Object.entries(gold.equivalent ?? {}));
  return (id) => {
    const seen = new Set<string>();
    let current = id;
    while (equivalent.has(current) && !seen.has(current)) {
      seen.add(current);
      current = equivalent.get(current) as string;
    }
    return current;
  };
}
