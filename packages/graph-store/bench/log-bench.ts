/**
 * The document log's cost on ingest: the same synthetic batches ingested into two fresh
 * embedded stores in one process, one bare and one behind `withDocumentLog` (append + fsync
 * before each commit), alternating which goes first. Prints relations/s for both, the log's
 * size and the time to scan it on open.
 * Usage: npx tsx packages/graph-store/bench/log-bench.ts [--documents 2000] [--batch 50]
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { syntheticFixture } from '../src/contract/synthetic';
import { createEmbeddedStore } from '../src/embedded';
import { DocumentLog, documentLogPath, withDocumentLog } from '../src/document-log';
import type { Fixture } from '../src/contract/fixtures';
import { argValue } from './bench-util';

const documents = argValue('documents', 2000);
const batchSize = argValue('batch', 50);
const fixture = syntheticFixture({
  entities: Math.max(500, documents * 2),
  documents,
  sentencesPerDocument: 20,
  seed: 21,
  prefix: 'lb',
});

/** The fixture cut into ingest calls of `batchSize` documents (with their relations). */
function batches(f: Fixture): Fixture[] {
  const out: Fixture[] = [];
  for (let i = 0; i < f.texts.length; i += batchSize) {
    const docs = new Set(f.texts.slice(i, i + batchSize).map((t) => t.id));
    const relations = f.result.relations
      .map((r) => ({ ...r, evidence: r.evidence.filter((e) => docs.has(e.docId)) }))
      .filter((r) => r.evidence.length > 0);
    const ids = new Set(relations.flatMap((r) => [r.source, r.target]));
    out.push({
      ...f,
      result: {
        documents: f.result.documents.filter((d) => docs.has(d.id)),
        entities: f.result.entities
          .filter((e) => ids.has(e.id) || e.mentions.some((m) => docs.has(m.docId)))
          .map((e) => ({ ...e, mentions: e.mentions.filter((m) => docs.has(m.docId)) })),
        relations,
      },
      texts: f.texts.filter((t) => docs.has(t.id)),
    });
  }
  return out;
}

const root = mkdtempSync(join(tmpdir(), 'kg-log-bench-'));
const pool = 256 * 1024 * 1024;
const bare = await createEmbeddedStore({ dir: join(root, 'bare'), bufferPoolSize: pool });
const logDir = join(root, 'logged');
const log = DocumentLog.open(logDir);
const ms = { bare: 0, logged: 0, append: 0 };
const append = log.append.bind(log);
log.append = (docs) => {
  const t = performance.now();
  const n = append(docs);
  ms.append += performance.now() - t;
  return n;
};
const logged = withDocumentLog(
  await createEmbeddedStore({ dir: logDir, bufferPoolSize: pool }),
  () => log,
);
let relations = 0;
const parts = batches(fixture);
for (const [i, b] of parts.entries()) {
  relations += b.result.relations.reduce((n, r) => n + r.evidence.length, 0);
  const order = i % 2 ? (['logged', 'bare'] as const) : (['bare', 'logged'] as const);
  for (const which of order) {
    const t = performance.now();
    await (which === 'bare' ? bare : logged).ingest(b.result, b.texts);
    ms[which] += performance.now() - t;
  }
}
await bare.close();
await logged.close();
const t = performance.now();
const reopened = DocumentLog.open(logDir);
const scanMs = performance.now() - t;
reopened.close();
const logMb = statSync(documentLogPath(logDir)).size / 1e6;
const rate = (m: number): string => `${Math.round(relations / (m / 1000))} rels/s`;
const textKb = fixture.texts.reduce((n, x) => n + x.text.length, 0) / fixture.texts.length / 1000;
console.log(
  `${documents} documents (${textKb.toFixed(1)} KB text each), ${parts.length} batches of ${batchSize}, ${relations} relation mentions`,
);
console.log(`  without the log: ${(ms.bare / 1000).toFixed(2)} s, ${rate(ms.bare)}`);
console.log(
  `  with the log:    ${(ms.logged / 1000).toFixed(2)} s, ${rate(ms.logged)} (${(((ms.logged - ms.bare) / ms.bare) * 100).toFixed(1)}%)`,
);
console.log(
  `  of which log append + fsync: ${ms.append.toFixed(0)} ms (${(ms.append / parts.length).toFixed(1)} ms per batch, ${((ms.append / ms.bare) * 100).toFixed(2)}% of the bare ingest time)`,
);
console.log(`  log: ${logMb.toFixed(1)} MB, scanned on open in ${scanMs.toFixed(0)} ms`);
rmSync(root, { recursive: true, force: true });
