export {
  CONFLICT_REASONS,
  Conflict,
  DOMAIN_ERROR_CODES,
  DomainError,
  Forbidden,
  InvalidInput,
  NotFound,
  Unauthorized,
  type ConflictReason,
  type DomainErrorCode,
} from './DomainError.js';
export { INTERNAL_MESSAGE, TRPC_CODE_OF, toDomainError, toTRPCError } from './toTRPCError.js';
