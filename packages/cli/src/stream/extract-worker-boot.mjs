// Worker entry point: registers tsx in this thread, then loads the TypeScript worker body, so the
// pool works alike under `pnpm kg` (tsx), vitest and plain node.
import { register } from 'tsx/esm/api';

register();
await import('./extract-worker.ts');
