import { buildKnowledgeBase, type KnowledgeBase } from './data/knowledge-base';
import { type DataLocation, loadData } from './data/load-data';
import { ExtractorError, type ExtractorStage } from './errors';
import { loadNameTagger, type NameTagger } from './name-tagger';
import type {
  DocumentInput,
  ExtractOptions,
  ExtractionOutput,
  Extractor,
  IntakeFailure,
} from './public-types';
import { intake } from './stages/01-intake/intake';
import { createNlp, type Nlp } from './stages/02-segment/nlp';
import { segment } from './stages/02-segment/segment';
import { recognise } from './stages/03-recognise/recognise';
import { resolve } from './stages/04-resolve/resolve';
import { relate } from './stages/05-relate/relate';
import { assemble } from './stages/06-assemble/assemble';
import { coMentions } from './stages/06-assemble/co-mentions';
import type { AssembleDoc, IntakeDoc, RelatedDoc } from './types';

export interface ExtractorOptions extends DataLocation {
  /** Name tagger weights (default `data/models/name-tagger.json`); `false` runs the rules alone. */
  nameTaggerModel?: string | false;
}

/** Loads gazetteer and lexicons once; `extract` then runs the pure stages on each document. */
export function createExtractor(options: ExtractorOptions = {}): Extractor {
  const data = loadData(options);
  const kb = buildKnowledgeBase(data);
  const nlp = createNlp();
  const tagger =
    options.nameTaggerModel === false
      ? undefined
      : loadNameTagger({ data, modelFile: options.nameTaggerModel });
  return {
    warnings: kb.warnings,
    extract(inputs: DocumentInput[], opts: ExtractOptions = {}): ExtractionOutput {
      if (opts.referenceDate && !/^\d{4}-\d{2}-\d{2}$/.test(opts.referenceDate)) {
        throw new ExtractorError(
          'intake',
          `referenceDate "${opts.referenceDate}" must be YYYY-MM-DD`,
        );
      }
      const failures: IntakeFailure[] = [];
      const docs: AssembleDoc[] = [];
      const seen = new Set<string>();
      let pending: IntakeDoc[] = [];
      let pendingChars = 0;
      const origins = new Map<string, string>();
      const fail: StageFailure = (id, stage, err) =>
        failures.push({
          origin: origins.get(id) ?? id,
          message: new ExtractorError(
            stage,
            `internal error, document skipped (the rest of the batch goes on; please report it with the document): ${err instanceof Error ? err.message : String(err)}`,
          ).message,
        });
      inputs.forEach((input, n) => {
        const origin = input.origin ?? input.id ?? `input #${n + 1}`;
        try {
          const doc = intake(input, opts.referenceDate);
          if (seen.has(doc.id)) return;
          seen.add(doc.id);
          if (doc.text.trim() === '')
            throw new ExtractorError('intake', 'empty document: give it some text');
          pending.push(doc);
          origins.set(doc.id, origin);
          pendingChars += doc.text.length;
        } catch (err) {
          if (!(err instanceof ExtractorError)) throw err;
          failures.push({ origin, message: err.message });
        }
        if (pendingChars >= CHUNK_CHARS) {
          for (const d of runStages(pending, { nlp, kb, tagger }, opts, fail)) docs.push(d);
          pending = [];
          pendingChars = 0;
        }
      });
      for (const d of runStages(pending, { nlp, kb, tagger }, opts, fail)) docs.push(d);
      const { result, texts } = assemble(docs);
      return { result, texts, failures };
    },
  };
}

/**
 * Documents go through the stages some 64K characters at a time, stage by stage: each stage's
 * lexicons (and wink's model) stay in the CPU caches from one document to the next. Stages are
 * pure per document, so the results are those of one document at a time.
 */
const CHUNK_CHARS = 64 * 1024;

interface Engines {
  nlp: Nlp;
  kb: KnowledgeBase;
  tagger?: NameTagger;
}

/** Reports a document a stage threw on (a bug): it is left out, its batch goes on. */
type StageFailure = (docId: string, stage: ExtractorStage, err: unknown) => void;

function runStages(
  chunk: IntakeDoc[],
  { nlp, kb, tagger }: Engines,
  opts: ExtractOptions,
  fail: StageFailure,
): AssembleDoc[] {
  const each = <A extends { id: string }, B>(stage: ExtractorStage, docs: A[], run: (d: A) => B) =>
    docs.flatMap((d) => {
      try {
        return [run(d)];
      } catch (err) {
        fail(d.id, stage, err);
        return [];
      }
    });
  const segmented = each('segment', chunk, (d) => segment(d, nlp));
  const recognised = each('recognise', segmented, (d) => recognise(d, kb, tagger));
  const resolved = each('resolve', recognised, (d) => resolve(d, kb));
  return each('relate', resolved, (d) => {
    const related = relate(d, kb);
    return forAssemble(opts.coMentions ? coMentions(related) : related);
  });
}

/** Drops what assemble does not read, so a batch does not keep every token alive until its end. */
function forAssemble(doc: RelatedDoc): AssembleDoc {
  const { tokens: _tokens, facts: _facts, ...rest } = doc;
  return rest;
}
