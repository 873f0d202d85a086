/** Base class: every store error says where it comes from. */
export class StoreError extends Error {
  constructor(
    readonly source: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`@kg/graph-store/${source}: ${message}`, options);
    this.name = new.target.name;
  }
}
/** A client mistake in a request to the store (bad id format, bad params). -> HTTP 400 */
export class StoreInputError extends StoreError {}

/** An entity id keeps its first type: the same refusal (and message) in every adapter. */
export function retypedEntityError(
  source: string,
  id: string,
  stored: string,
  given: string,
): StoreInputError {
  return new StoreInputError(
    source,
    `entity "${id}" is stored as ${stored} but this extraction says ${given}; an id keeps its first type (use another id, or delete the documents that mention it first)`,
  );
}
/** A user query refused by the read-only guard (writes, file access, procedures). -> HTTP 400 */
export class QueryRejectedError extends StoreError {}
/** A user query with a syntax or semantic error reported by the database. -> HTTP 400 */
export class QuerySyntaxError extends StoreError {}
/** A query that ran past its timeout. -> HTTP 504 */
export class QueryTimeoutError extends StoreError {}
/** The store cannot be reached or opened. -> HTTP 503 */
export class StoreUnavailableError extends StoreError {}
/** The embedded store is held by another process (its lock, or a checkpoint in progress). */
export class StoreLockedError extends StoreUnavailableError {}
/** The embedded store's database files do not open (a crash, a disk fault): `kg repair`. */
export class StoreDamagedError extends StoreUnavailableError {}
/** Too many user queries already running or waiting. -> HTTP 429 */
export class QueryBusyError extends StoreError {}
/** A user query whose result is larger than the byte cap. -> HTTP 422 */
export class ResultTooLargeError extends StoreError {}
/** A store on disk written by another engine or format than this build reads. -> HTTP 503 */
export class IncompatibleStoreError extends StoreUnavailableError {}
