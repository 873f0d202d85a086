import type { ViewPanel } from '@kg/schema/constants';
import type { Controller } from './controller';
import { byId } from './dom';

/** The tool sections a permalink can open, by the id of the body they hold. */
const SECTIONS: ReadonlyArray<[ViewPanel, string]> = [
  ['filters', 'filters'],
  ['paths', 'paths'],
  ['metrics', 'metrics'],
];

/**
 * Open panels round-trip through the view: opened as `view.panels` says, and every toggle is
 * written back (the URL sync follows 'view'); call `changed` after toggling the console.
 */
export function bindPanels(
  ctl: Controller,
  cypher: { isOpen(): boolean; toggle(): void },
): { changed(): void } {
  const sections = SECTIONS.map(([panel, id]) => {
    const el = byId(id).closest('details');
    return [panel, el] as const;
  });
  const wanted = new Set(ctl.view.panels);
  for (const [panel, el] of sections) if (el) el.open = wanted.has(panel);
  if (wanted.has('cypher') && !cypher.isOpen() && !ctl.api.offline) cypher.toggle();
  const write = () => {
    const open: ViewPanel[] = sections.filter(([, el]) => el?.open).map(([p]) => p);
    if (cypher.isOpen()) open.push('cypher');
    if (open.join() === ctl.view.panels.join()) return;
    ctl.view.panels = open;
    ctl.emit('view');
  };
  for (const [, el] of sections) el?.addEventListener('toggle', write);
  return { changed: write };
}
