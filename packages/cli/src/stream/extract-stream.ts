import type { ExtractionOutput, ReadUnit } from '@kg/extractor';
import { streamSources } from '../inputs/read-sources';
import type { FetchLimits } from '../inputs/fetch-url';
import type { BatchExtractor } from './batch-extractor';
import { batchInputs, type BatchRule, type InputBatch } from './batches';
import { orderedMap } from './ordered-map';

export interface ExtractStreamOptions {
  rule: BatchRule;
  /** Date for documents that carry none (also the extractor's reference date). */
  date?: string;
  limits?: Partial<FetchLimits>;
  /** Called as documents are read (the progress bar's total grows with it). */
  onRead?: (documents: number) => void;
}

export interface ExtractedBatch extends InputBatch {
  output: ExtractionOutput;
}

const EMPTY: ExtractionOutput = {
  result: { documents: [], entities: [], relations: [] },
  texts: [],
  failures: [],
};

/**
 * Files, folders and URLs read, batched (`rule`) and extracted as a stream, batches yielded in
 * input order. With one worker it is read → extract → yield, one batch at a time; with N workers
 * up to N batches are extracted while the consumer (the store) handles the previous one. Memory
 * holds at most N + 1 batches and one file being read, whatever the corpus size.
 */
export function extractStream(
  args: string[],
  extractor: BatchExtractor,
  options: ExtractStreamOptions,
): AsyncGenerator<ExtractedBatch> {
  const units = counted(streamSources(args, { date: options.date, limits: options.limits }));
  const limit = extractor.workers === 1 ? 1 : extractor.workers + 1;
  return orderedMap(
    batchInputs(units, options.rule),
    async (batch) => ({
      ...batch,
      output:
        batch.inputs.length === 0
          ? EMPTY
          : await extractor.extract(batch.inputs, { referenceDate: options.date }),
    }),
    limit,
  );

  async function* counted(source: AsyncIterable<ReadUnit>): AsyncGenerator<ReadUnit> {
    let read = 0;
    for await (const unit of source) {
      read += unit.inputs.length;
      options.onRead?.(read);
      yield unit;
    }
  }
}
