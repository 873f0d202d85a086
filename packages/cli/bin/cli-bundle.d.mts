/** Types of cli-bundle.mjs (plain JavaScript so the `kg` launcher runs without a compiler). */
export interface SourceState {
  newestMs: number;
  files: number;
}
export const REPO_ROOT: string;
export const DEFAULT_BUNDLE_DIR: string;
export function sourceState(root?: string): SourceState;
export function isStale(dir: string, state: SourceState): boolean;
export function buildBundle(dir: string, state: SourceState): Promise<string>;
export function ensureBundle(options?: {
  dir?: string;
  log?: (line: string) => void;
}): Promise<string>;
