import {
  CheckConstraintViolationException,
  DriverException,
  ForeignKeyConstraintViolationException,
  NotNullConstraintViolationException,
  UniqueConstraintViolationException,
} from '@mikro-orm/core';
import { TRPCError } from '@trpc/server';
import type { TRPC_ERROR_CODE_KEY } from '@trpc/server/rpc';

import { NotFoundError } from '@questboard/db';

import {
  Conflict,
  DomainError,
  InvalidInput,
  NotFound,
  type DomainErrorCode,
} from './DomainError.js';

/** The one table from domain refusals to tRPC codes. */
export const TRPC_CODE_OF: Record<DomainErrorCode, TRPC_ERROR_CODE_KEY> = {
  NOT_FOUND: 'NOT_FOUND',
  INVALID_INPUT: 'BAD_REQUEST',
  CONFLICT: 'CONFLICT',
  FORBIDDEN: 'FORBIDDEN',
  UNAUTHORIZED: 'UNAUTHORIZED',
};

/** Said instead of the real cause of an unexpected failure, which stays in the log. */
export const INTERNAL_MESSAGE = 'Something went wrong on our side';

interface SchemaIssue {
  path?: readonly (PropertyKey | { key: PropertyKey })[];
  message: string;
}

function hasIssues(error: unknown): error is { issues: SchemaIssue[] } {
  return (
    typeof error === 'object' &&
    error !== null &&
    Array.isArray((error as { issues?: unknown }).issues)
  );
}

/** A dotted path such as `classification.horror` or `ambience.1`. */
function issuePath(issue: SchemaIssue | undefined): string {
  return (issue?.path ?? [])
    .map((part) => (typeof part === 'object' ? String(part.key) : String(part)))
    .join('.');
}

/** Turns a schema failure (zod or any standard schema) into InvalidInput naming its field. */
export function fromIssues(error: { issues: SchemaIssue[] }): InvalidInput {
  const first = error.issues[0];
  // An empty path means the input as a whole (missing, or not an object).
  const field = issuePath(first) || 'input';
  return new InvalidInput(field, `${field}: ${first?.message ?? 'invalid'}`);
}

/** PostgreSQL's SQLSTATE for a string wider than its column. */
const STRING_TOO_LONG = '22001';

const TABLES = ['game_session', 'game_event', 'special_event', 'user_trophy', 'outbox_action'];

const CONSTRAINT_SUFFIX = /_(check|unique|foreign|pkey|snowflake)$/;

/** `game_party_size_check` → `partySize`, `channel_pkey` → `id`; best effort, for the form. */
function fieldOfConstraint(constraint: string | undefined): string | undefined {
  if (!constraint) {
    return undefined;
  }
  const suffix = CONSTRAINT_SUFFIX.exec(constraint)?.[1];
  const stem = constraint.replace(CONSTRAINT_SUFFIX, '');
  const table = TABLES.find((name) => stem.startsWith(`${name}_`)) ?? stem.split('_')[0] ?? '';
  const column = stem.slice(table.length + 1).replace(/_id$/, '');
  if (!column) {
    return suffix === 'pkey' ? 'id' : undefined;
  }
  return column.replace(/_([a-z])/g, (_, char: string) => char.toUpperCase());
}

function constraintOf(error: DriverException): string | undefined {
  const named = (error as { constraint?: unknown }).constraint;
  if (typeof named === 'string') {
    return named;
  }
  return /constraint "([^"]+)"/.exec(error.message)?.[1];
}

/** Database refusals the schemas did not catch, as domain errors with no SQL in them. */
function fromDriver(error: DriverException): DomainError | null {
  const constraint = constraintOf(error);
  const field = fieldOfConstraint(constraint);

  if (error instanceof UniqueConstraintViolationException) {
    if (constraint === 'registration_pkey') {
      return new Conflict('already_registered', 'Already registered for this game');
    }
    const reason = constraint?.endsWith('_name_unique') ? 'name_taken' : 'duplicate';
    return new Conflict(reason, 'This value is already taken', field);
  }
  if (error instanceof ForeignKeyConstraintViolationException) {
    if (/update or delete on table/.test(error.message)) {
      return new Conflict('in_use', 'Still in use elsewhere', field);
    }
    return new InvalidInput(
      field ?? 'reference',
      'Refers to something that does not exist',
      'unknown_reference',
    );
  }
  if (error instanceof CheckConstraintViolationException) {
    return new InvalidInput(
      field ?? 'input',
      'A value is out of its allowed range',
      'out_of_range',
    );
  }
  if ((error as { code?: unknown }).code === STRING_TOO_LONG) {
    return new InvalidInput('input', 'A value is longer than allowed', 'too_long');
  }
  if (error instanceof NotNullConstraintViolationException) {
    const column = (error as { column?: unknown }).column;
    return new InvalidInput(
      typeof column === 'string' ? column : 'input',
      'A value is missing',
      'required',
    );
  }
  return null;
}

/** The domain error an unknown thrown value stands for, or null when it is unexpected. */
export function toDomainError(error: unknown): DomainError | null {
  if (error instanceof DomainError) {
    return error;
  }
  if (error instanceof NotFoundError) {
    return new NotFound(error.entity, error.id);
  }
  if (hasIssues(error)) {
    return fromIssues(error);
  }
  if (error instanceof DriverException) {
    return fromDriver(error);
  }
  return null;
}

/**
 * The edge between services and tRPC: domain errors (also inside a TRPCError's cause) get
 * their code from `TRPC_CODE_OF`; anything unexpected becomes INTERNAL_SERVER_ERROR with the
 * original kept as `cause` for the log only.
 */
export function toTRPCError(error: unknown): TRPCError {
  const inner = error instanceof TRPCError ? (error.cause ?? error) : error;
  const domain = toDomainError(inner);
  if (domain) {
    return new TRPCError({
      code: TRPC_CODE_OF[domain.code],
      message: domain.message,
      cause: domain,
    });
  }
  if (error instanceof TRPCError && error.code !== 'INTERNAL_SERVER_ERROR') {
    return error;
  }
  return new TRPCError({ code: 'INTERNAL_SERVER_ERROR', message: INTERNAL_MESSAGE, cause: inner });
}
