import type { Controller } from './controller';

/**
 * Open a relation's evidence in the details panel: select its source actor, wait for the panel
 * to list the relation, open and reveal it. False if the panel never lists it (2 s).
 */
export async function openRelation(
  ctl: Controller,
  edge: string,
  source: string,
): Promise<boolean> {
  await ctl.select(source, { camera: false });
  const selector = `#details details[data-relation="${CSS.escape(edge)}"]`;
  for (let waited = 0; waited < 2000; waited += 50) {
    const el = document.querySelector<HTMLDetailsElement>(selector);
    if (el) {
      el.open = true;
      el.scrollIntoView({ block: 'nearest' });
      el.querySelector('summary')?.focus({ preventScroll: true });
      return true;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return false;
}
