import type { z } from 'zod';
import { HttpError, truncate } from './http-error';

export type InputPart = 'query' | 'params' | 'body';

export interface IssueDetail {
  path: string;
  message: string;
}

/** 'query' + ['types', 0] -> 'query.types[0]'. */
function issuePath(part: InputPart, path: ReadonlyArray<PropertyKey>): string {
  let out: string = part;
  for (const key of path) {
    out += typeof key === 'number' ? `[${key}]` : `.${truncate(String(key), 60)}`;
  }
  return out;
}

type Issue = z.core.$ZodIssue;

/** A short, human message per zod issue: 'must be <= 2000', 'must be one of: a, b'. */
function issueMessage(issue: Issue): string {
  // A message written in the schema ('q must not be empty') beats the generic one.
  if (!/^(Too (small|big)|Invalid|Unrecognized)/.test(issue.message)) return issue.message;
  switch (issue.code) {
    case 'too_big': {
      const unit =
        issue.origin === 'string' ? ' characters' : issue.origin === 'array' ? ' items' : '';
      const op = issue.origin === 'number' || issue.origin === 'int' ? '<=' : 'at most';
      return `must be ${op} ${String(issue.maximum)}${unit}`;
    }
    case 'too_small': {
      const unit =
        issue.origin === 'string' ? ' characters' : issue.origin === 'array' ? ' items' : '';
      const op = issue.origin === 'number' || issue.origin === 'int' ? '>=' : 'at least';
      return `must be ${op} ${String(issue.minimum)}${unit}`;
    }
    case 'invalid_type':
      if (issue.expected === 'int') return 'must be an integer';
      if (issue.expected === 'number') return 'must be a finite number';
      if (/received undefined$/.test(issue.message)) return 'is required';
      return `must be ${/^[aeiou]/.test(issue.expected) ? 'an' : 'a'} ${issue.expected}`;
    case 'invalid_value':
      return `must be one of: ${issue.values.map(String).join(', ')}`;
    case 'not_multiple_of':
      return 'must be an integer';
    case 'unrecognized_keys':
      return `unknown keys: ${issue.keys.map((k) => truncate(k, 60)).join(', ')}`;
    default:
      return issue.message;
  }
}

export function describeIssues(part: InputPart, issues: readonly Issue[]): IssueDetail[] {
  return issues.slice(0, 20).map((issue) => ({
    path: issuePath(part, issue.path),
    message: issueMessage(issue),
  }));
}

/** Parses one part of a request with a zod schema; 400 naming every bad field on failure. */
export function parseInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
  part: InputPart,
): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const details = describeIssues(part, result.error.issues);
  const message = details.map((d) => `${d.path}: ${d.message}`).join('; ');
  throw new HttpError(400, 'bad_request', truncate(message, 1000), details);
}
