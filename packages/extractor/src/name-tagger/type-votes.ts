import type { NameType } from './name-tags';

/**
 * How often each name was read as each type in one document; `winner` is the type read most
 * often, a tie keeping `start` (the caller's choice: its own reading, or the first one).
 */
export class TypeVotes {
  private readonly votes = new Map<string, Map<NameType, number>>();

  add(key: string, type: NameType): void {
    const v = this.votes.get(key) ?? new Map<NameType, number>();
    v.set(type, (v.get(type) ?? 0) + 1);
    this.votes.set(key, v);
  }

  winner(key: string, start: NameType): NameType {
    const v = this.votes.get(key);
    if (!v) return start;
    let best = start;
    for (const [type, n] of v) if (n > (v.get(best) ?? 0)) best = type;
    return best;
  }
}
