/** Base of the curation package's errors: the message starts with where it comes from. */
export class CurationError extends Error {
  constructor(origin: string, message: string, options?: ErrorOptions) {
    super(`@kg/curation/${origin}: ${message}`, options);
    this.name = new.target.name;
  }
}

/** A correction conflicts with one already in effect (the message names that one's id). */
export class CorrectionConflictError extends CurationError {}

/** A correction refers to an actor, relation or correction that does not exist. */
export class CorrectionNotFoundError extends CurationError {}

/** The corrections log cannot be read or appended to. */
export class CorrectionsLogError extends CurationError {}

/** An imported file is not a list of correction records (nothing was imported). */
export class CorrectionsImportError extends CurationError {}

/** A correction that cannot be right whatever the graph holds (a span past the text's end). */
export class CorrectionInputError extends CurationError {}
