/** Errors of the Neo4j dev server launcher; the message says what to check. */
export class Neo4jDevError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(`@kg/neo4j-dev: ${message}`, options);
    this.name = 'Neo4jDevError';
  }
}
