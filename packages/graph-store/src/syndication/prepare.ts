import { DocumentTextSchema, ExtractionResultSchema } from '@kg/schema';
import type { DocumentText, ExtractionResult } from '@kg/schema';
import { isValidDocumentText, isValidExtraction } from '../input-check';
import { signBatch, type SignedDocument } from './plan-copies';

export interface PreparedBatch {
  result: ExtractionResult;
  signed: SignedDocument[];
}

/**
 * The batch's extraction and signatures, or null when the input is invalid: the store's own
 * ingest then refuses it with its usual StoreInputError (syndication never hides that error).
 */
export function prepareSyndication(result: unknown, texts: unknown): PreparedBatch | null {
  let parsed: ExtractionResult | undefined;
  if (isValidExtraction(result)) parsed = result;
  else parsed = ExtractionResultSchema.safeParse(result).data;
  if (!parsed || !Array.isArray(texts)) return null;
  const valid: DocumentText[] = [];
  for (const t of texts) {
    if (isValidDocumentText(t)) valid.push(t);
    else {
      const ok = DocumentTextSchema.safeParse(t);
      if (!ok.success) return null;
      valid.push(ok.data);
    }
  }
  return { result: parsed, signed: signBatch(parsed, valid) };
}
