export const EXTRACTOR_STAGES = [
  'intake',
  'segment',
  'recognise',
  'resolve',
  'relate',
  'assemble',
  'data',
  'read-inputs',
] as const;
export type ExtractorStage = (typeof EXTRACTOR_STAGES)[number];

/** Every error the extractor throws: the message starts with '@kg/extractor/<stage>: '. */
export class ExtractorError extends Error {
  readonly stage: ExtractorStage;

  constructor(stage: ExtractorStage, message: string, options?: { cause?: unknown }) {
    super(`@kg/extractor/${stage}: ${message}`, options);
    this.name = 'ExtractorError';
    this.stage = stage;
  }
}
