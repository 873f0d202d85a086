import type { DocumentInput, IntakeFailure, ReadUnit } from '@kg/extractor';

/** Where a batch closes: at `docs` documents or once it holds `bytes` of text, whichever first. */
export interface BatchRule {
  docs: number;
  bytes: number;
}

export const DEFAULT_BATCH_BYTES = 1024 * 1024;

/** A batch in input order: `index` counts from 0; `failures` are the read failures met on the way. */
export interface InputBatch {
  index: number;
  inputs: DocumentInput[];
  failures: IntakeFailure[];
}

/**
 * Groups a stream of read units into batches by a rule that depends only on the documents (their
 * count and text length), never on timing: the same inputs give the same batches whatever the
 * number of workers, so a rebuild from the document log re-extracts the same batches.
 * Pulls the source only as batches are asked for (backpressure).
 */
export async function* batchInputs(
  units: AsyncIterable<ReadUnit>,
  rule: BatchRule,
): AsyncGenerator<InputBatch> {
  let index = 0;
  let current: InputBatch = { index, inputs: [], failures: [] };
  let bytes = 0;
  for await (const unit of units) {
    current.failures.push(...unit.failures);
    for (const input of unit.inputs) {
      current.inputs.push(input);
      bytes += input.text.length;
      if (current.inputs.length >= rule.docs || bytes >= rule.bytes) {
        yield current;
        current = { index: ++index, inputs: [], failures: [] };
        bytes = 0;
      }
    }
  }
  if (current.inputs.length > 0 || current.failures.length > 0) yield current;
}
