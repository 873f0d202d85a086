/** Driver errors -> the store's typed errors (src/errors.ts), with the driver error as cause. */
import neo4j from 'neo4j-driver';
import {
  QueryRejectedError,
  QuerySyntaxError,
  QueryTimeoutError,
  StoreError,
  StoreUnavailableError,
} from '../errors';

const SOURCE = 'neo4j';

/** Neo4j status codes of mistakes in a statement (reported to the user as a 400). */
const STATEMENT_ERRORS = [
  'Neo.ClientError.Statement.SyntaxError',
  'Neo.ClientError.Statement.SemanticError',
  'Neo.ClientError.Statement.ParameterMissing',
  'Neo.ClientError.Statement.TypeError',
  'Neo.ClientError.Statement.ArgumentError',
  'Neo.ClientError.Statement.ArithmeticError',
  'Neo.ClientError.Procedure.ProcedureNotFound',
];

function codeOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
}

/** Maps any error thrown by the driver; store errors pass through unchanged. */
export function mapNeo4jError(error: unknown, action: string): Error {
  if (error instanceof StoreError) return error;
  const code = codeOf(error);
  const message = error instanceof Error ? error.message : String(error);
  const cause = { cause: error };
  if (
    code === neo4j.error.SERVICE_UNAVAILABLE ||
    code === neo4j.error.SESSION_EXPIRED ||
    code.startsWith('Neo.ClientError.Security.') ||
    code === 'Neo.ClientError.Database.DatabaseNotFound' ||
    code.startsWith('Neo.TransientError.General.DatabaseUnavailable')
  ) {
    const hint =
      action === 'ingest'
        ? '; documents of batches committed before the failure are stored whole, the rest not at all: run the same ingest again once Neo4j answers (stored documents are skipped)'
        : '; check that the server is running and NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD';
    return new StoreUnavailableError(
      SOURCE,
      `${action}: Neo4j is unavailable (${code}): ${message}${hint}`,
      cause,
    );
  }
  if (
    code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut') ||
    code.includes('TransactionTimedOut')
  ) {
    return new QueryTimeoutError(SOURCE, `${action}: timed out (${code})`, cause);
  }
  if (STATEMENT_ERRORS.includes(code)) {
    return new QuerySyntaxError(SOURCE, `${action}: ${message}`, cause);
  }
  if (
    code === 'Neo.ClientError.Statement.AccessMode' ||
    code === 'Neo.ClientError.Transaction.ForbiddenDueToTransactionType'
  ) {
    return new QueryRejectedError(
      SOURCE,
      `${action}: writes are not allowed here (${code})`,
      cause,
    );
  }
  return new StoreError(SOURCE, `${action}: ${code ? `${code}: ` : ''}${message}`, cause);
}
