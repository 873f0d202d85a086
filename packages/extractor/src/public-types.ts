import type { DocumentText, ExtractionResult } from '@kg/schema';

export const INPUT_FORMATS = ['text', 'markdown', 'html'] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];

export interface DocumentInput {
  id?: string;
  text: string;
  title?: string;
  date?: string;
  source?: string;
  format?: InputFormat;
  /** file[:line] for error messages. */
  origin?: string;
}

export interface IntakeFailure {
  origin: string;
  message: string;
}

export interface ExtractionOutput {
  result: ExtractionResult;
  texts: DocumentText[];
  failures: IntakeFailure[];
}

export interface ExtractOptions {
  /** Date for documents that carry none (YYYY-MM-DD); relative dates resolve against it. */
  referenceDate?: string;
  /** Also emit weak CO_MENTIONED edges between actors of one sentence (off by default). */
  coMentions?: boolean;
}

export interface Extractor {
  extract(inputs: DocumentInput[], options?: ExtractOptions): ExtractionOutput;
  /** Problems found while loading data (e.g. a missing gazetteer file). */
  readonly warnings: readonly string[];
}
