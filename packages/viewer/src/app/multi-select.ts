/**
 * The actors picked for a multi-select merge (shift/ctrl-click, or `M` on the selected actor),
 * in the order they were picked. Pure: the bar and the graph read it through `list()`.
 */
export interface MultiSelection {
  toggle(id: string): boolean;
  add(id: string): void;
  has(id: string): boolean;
  list(): string[];
  readonly size: number;
  clear(): void;
  /** Drop actors no longer in the graph (after a reload). */
  retain(keep: (id: string) => boolean): void;
}

export function createMultiSelection(onChange: () => void = () => {}): MultiSelection {
  let ids: string[] = [];
  const set = (next: string[]) => {
    const changed = next.length !== ids.length || next.some((x, i) => x !== ids[i]);
    ids = next;
    if (changed) onChange();
  };
  return {
    toggle(id) {
      const on = !ids.includes(id);
      set(on ? [...ids, id] : ids.filter((x) => x !== id));
      return on;
    },
    add(id) {
      if (!ids.includes(id)) set([...ids, id]);
    },
    has: (id) => ids.includes(id),
    list: () => [...ids],
    get size() {
      return ids.length;
    },
    clear: () => set([]),
    retain: (keep) => set(ids.filter(keep)),
  };
}

/** The default survivor: the best-connected actor (first picked on a tie). */
export function defaultSurvivor(ids: string[], degree: (id: string) => number): string | undefined {
  let best: string | undefined;
  for (const id of ids) if (best === undefined || degree(id) > degree(best)) best = id;
  return best;
}
