/**
 * The editor token of this tab: writes (saved views, corrections, added articles) send it as
 * `Authorization: Bearer <token>`. It comes from the `#editor=<token>` fragment of the link
 * `kg start` prints (read once at load, then removed from the address bar so it is not shared by
 * a copied URL) or from a token field; kept in sessionStorage (this tab only, never localStorage).
 * Without a token the workbench is read-only (viewers and embeds).
 */
const STORAGE_KEY = 'kg.editorToken';
const FRAGMENT = /(?:^#|&)editor=([^&]+)/;

type Listener = (token: string | undefined) => void;
const listeners = new Set<Listener>();

function storage(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined; // sandboxed frames refuse storage
  }
}

/** Moves `#editor=<token>` from the address bar into the session (once, at start-up). */
export function adoptEditorFragment(loc: Location = location, hist: History = history): void {
  const match = FRAGMENT.exec(loc.hash);
  if (!match) return;
  setEditorToken(decodeURIComponent(match[1]));
  const rest = loc.hash.replace(FRAGMENT, '').replace(/^#&?/, '');
  hist.replaceState(hist.state, '', `${loc.pathname}${loc.search}${rest ? `#${rest}` : ''}`);
}

export function editorToken(): string | undefined {
  return storage()?.getItem(STORAGE_KEY) ?? undefined;
}

export function setEditorToken(token: string | undefined): void {
  const value = token?.trim() || undefined;
  const s = storage();
  if (value) s?.setItem(STORAGE_KEY, value);
  else s?.removeItem(STORAGE_KEY);
  for (const l of listeners) l(value);
}

/** Called with the new token (or undefined) whenever it changes; returns the unsubscribe. */
export function onEditorTokenChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
