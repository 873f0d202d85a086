import type { CorrectionInput } from '@kg/schema';
import { ApiClientError } from './api-client';
import type { Controller } from './controller';
import {
  createCurationClient,
  type CorrectionsResponse,
  type CurationClient,
} from './curation-client';
import { editorToken, onEditorTokenChange } from './editor-session';
import { loadInitialGraph } from './initial-view';
import { expectOwnCorrection, forgetOwnCorrection } from './live-events';
import { createMultiSelection } from './multi-select';
import { collectPositions } from './saved-view';

const NAME_KEY = 'kg.editorName';
const NO_LOG: CorrectionsResponse = {
  records: [],
  active: [],
  notes: { entities: {}, relations: {} },
};

/** The analyst's name for the log ("confirmed by ana"); kept in this browser. */
export function editorName(): string | undefined {
  try {
    return localStorage.getItem(NAME_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}
export function setEditorName(name: string | undefined): void {
  try {
    if (name?.trim()) localStorage.setItem(NAME_KEY, name.trim());
    else localStorage.removeItem(NAME_KEY);
  } catch {
    // storage refused (sandboxed frame): the server records "editor"
  }
}

/**
 * The workbench's curation state: the corrections log (fetched lazily, once, when a panel first
 * needs its notes; again after each correction), who may edit (an editor token, never in
 * embeds), the multi-selection, and submitting a correction or an undo followed by a reload of
 * the graph that keeps the analyst's view (focus, filters, camera, positions, selection).
 */
export function createCuration(ctl: Controller, opts: { embed: boolean; client?: CurationClient }) {
  const client = opts.client ?? createCurationClient('api/', editorToken);
  const listeners = new Set<() => void>();
  const corrected = new Set<() => void>();
  let log: Promise<CorrectionsResponse> | undefined;
  const emit = () => listeners.forEach((fn) => fn());
  const selection = createMultiSelection(() => {
    ctl.state.multi = new Set(selection.list());
    ctl.refresh();
    emit();
  });
  onEditorTokenChange(emit);

  /** `gone`: actors the correction removed (merged away): not brought back at their positions. */
  async function reloadGraph(select?: string, gone: string[] = []): Promise<void> {
    const cam = ctl.renderer.getCamera().getState();
    const positions = collectPositions((fn) => ctl.graph.forEachNode(fn));
    for (const id of gone) delete positions[id];
    ctl.view.camera = { x: cam.x, y: cam.y, ratio: cam.ratio };
    if (select) ctl.view.selected = select;
    await loadInitialGraph(ctl, { embed: false, positions });
    ctl.view.camera = undefined;
    selection.retain((id) => ctl.graph.hasNode(id));
    // a selected actor that was merged away: close its details rather than show a stale one
    if (ctl.state.selected && !ctl.graph.hasNode(ctl.state.selected)) ctl.deselect();
    else if (ctl.state.selected) ctl.emit('select');
  }

  const by = (why?: string) => ({ author: editorName(), why });
  /** The server announces every correction to every tab; this tab skips its own (see live-events). */
  async function ownCorrection<R>(send: () => Promise<R>): Promise<R> {
    expectOwnCorrection();
    try {
      return await send();
    } catch (err) {
      forgetOwnCorrection();
      throw err;
    }
  }
  async function after(
    res: { reingested: number },
    done: string,
    select?: string,
    gone?: string[],
  ) {
    log = undefined;
    await reloadGraph(select, gone);
    emit();
    corrected.forEach((fn) => fn());
    ctl.notify(`${done}${res.reingested ? ` (${res.reingested} documents re-extracted)` : ''}`);
  }

  const curation = {
    client,
    selection,
    /** Say what went wrong (a refused token, a conflicting correction) in the toast. */
    fail: (err: Error) => ctl.notify(err.message.replace(/^@kg\/viewer\/api: /, ''), 'error'),
    /** Edit actions are shown: an editor token is set and this is not an embed. */
    canEdit: () => !opts.embed && !ctl.api.offline && Boolean(editorToken()),
    /** The log and its notes (one request, shared; refetched after a correction). */
    log(): Promise<CorrectionsResponse> {
      log ??= client.corrections().catch((err: Error) => {
        // a server without a corrections log (501) has no notes: do not ask it again
        if (err instanceof ApiClientError && err.status === 501) return NO_LOG;
        log = undefined;
        throw err;
      });
      return log;
    },
    /** Submit a correction; the graph reloads (`select` is selected afterwards, e.g. a survivor). */
    async correct(
      input: CorrectionInput,
      why?: string,
      done = 'Correction saved',
      select?: string,
    ) {
      const res = await ownCorrection(() => client.correct(input, by(why)));
      await after(res, done, select, input.kind === 'merge' ? input.merged.map((m) => m.id) : []);
      return res;
    },
    async undo(id: string, why?: string) {
      const res = await ownCorrection(() => client.undo(id, by(why)));
      await after(res, 'Correction undone');
      return res;
    },
    /** Called after each correction or undo was applied and the graph reloaded. */
    onCorrected(fn: () => void) {
      corrected.add(fn);
    },
    /** Called whenever the log, the token or the multi-selection changes. */
    onChange(fn: () => void) {
      listeners.add(fn);
    },
  };
  return curation;
}

export type Curation = ReturnType<typeof createCuration>;
