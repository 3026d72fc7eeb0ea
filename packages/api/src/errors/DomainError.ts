/** The kinds of refusal a service can raise; the tRPC layer maps each to one code. */
export const DOMAIN_ERROR_CODES = [
  'NOT_FOUND',
  'INVALID_INPUT',
  'CONFLICT',
  'FORBIDDEN',
  'UNAUTHORIZED',
] as const;
export type DomainErrorCode = (typeof DOMAIN_ERROR_CODES)[number];

/** Machine-readable reasons of a CONFLICT, stable for clients to switch on. */
export const CONFLICT_REASONS = [
  'already_registered',
  'not_registered',
  'game_full',
  'game_closed',
  'not_open',
  'not_closed',
  'not_draft',
  'already_published',
  'own_game',
  'archived',
  'session_overlap',
  'name_taken',
  'in_use',
  'past_date_needs_confirmation',
  'duplicate',
  'party_below_seated',
  'not_a_player',
] as const;
export type ConflictReason = (typeof CONFLICT_REASONS)[number];

/**
 * A refusal decided by the club's rules. Services throw these; `toTRPCError` turns them into
 * tRPC errors in one place, keeping `reason` and `field` for the client.
 */
export abstract class DomainError extends Error {
  abstract readonly code: DomainErrorCode;
  /** Machine-readable cause, e.g. `game_full`. */
  readonly reason: string | undefined;
  /** The input field at fault, as a dotted path. */
  readonly field: string | undefined;

  constructor(message: string, options: { reason?: string; field?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.reason = options.reason;
    this.field = options.field;
  }
}

/** The thing asked for does not exist (or is not visible to the caller). */
export class NotFound extends DomainError {
  readonly code = 'NOT_FOUND';

  constructor(entity: string, id: string | number) {
    super(`${entity} ${String(id)} not found`, { reason: 'not_found' });
  }
}

/** An input value breaks a rule the schema cannot express. */
export class InvalidInput extends DomainError {
  readonly code = 'INVALID_INPUT';

  constructor(field: string, message: string, reason = 'invalid') {
    super(message, { field, reason });
  }
}

/** The request clashes with the current state of the data. */
export class Conflict extends DomainError {
  readonly code = 'CONFLICT';
  declare readonly reason: ConflictReason;

  constructor(reason: ConflictReason, message: string, field?: string) {
    super(message, { reason, ...(field === undefined ? {} : { field }) });
  }
}

/** Signed in, but not allowed to do this. */
export class Forbidden extends DomainError {
  readonly code = 'FORBIDDEN';

  constructor(message = 'You are not allowed to do this', reason = 'forbidden') {
    super(message, { reason });
  }
}

/** Not signed in. */
export class Unauthorized extends DomainError {
  readonly code = 'UNAUTHORIZED';

  constructor(message = 'Sign in first') {
    super(message, { reason: 'unauthorized' });
  }
}
