import {
  CorrectionsLog,
  createCurationService,
  withCorrections,
  type Reextract,
} from '@kg/curation';
import type { CurationService } from '@kg/curation';
import { createExtractor } from '@kg/extractor';
import { dataDirOf, type GraphStore } from '@kg/graph-store';
import { openOrRepair } from './open-or-repair';

/** The corrections log beside the store: `$KG_DATA_DIR/corrections.log.jsonl` (both stores). */
export const correctionsLogOf = (env: NodeJS.ProcessEnv): CorrectionsLog =>
  CorrectionsLog.forDataDir(dataDirOf(env));

/**
 * The store the environment asks for (rebuilt from its document log first if its files are
 * damaged, see openOrRepair), with the corrections log applied at every ingest.
 */
export async function openCuratedStore(
  env: NodeJS.ProcessEnv,
  notify: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
): Promise<GraphStore> {
  return withCorrections(await openOrRepair(env, notify), correctionsLogOf(env));
}

/** Re-extraction of stored documents (their logged plain text, title, date and source). */
export function reextractWith(extractor = createExtractor()): Reextract {
  return (docs) => {
    const { result, texts } = extractor.extract(
      docs.map((d) => ({ ...d, format: 'text' as const, origin: `document ${d.id}` })),
    );
    return { result, texts };
  };
}

/** The curation service over a store opened with `openCuratedStore(env)`. */
export function curationFor(store: GraphStore, env: NodeJS.ProcessEnv): CurationService {
  return createCurationService({ store, log: correctionsLogOf(env), extract: reextractWith() });
}
