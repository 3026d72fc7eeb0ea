/** Turns whatever a failed call threw into words for the viewer, plus the field at fault. */

/** What the UI needs from a failed call. */
export interface ProblemInfo {
  /** The tRPC code, e.g. CONFLICT, or NETWORK when the server could not be reached. */
  code: string;
  /** Machine-readable cause from the API, e.g. `game_full`. */
  reason: string | undefined;
  /** The input field at fault, as a dotted path such as `classification.horror`. */
  field: string | undefined;
  /** The API's own message, used when no reason has a translation. */
  message: string;
}

interface ErrorData {
  code?: unknown;
  reason?: unknown;
  field?: unknown;
}

const asString = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined;

/** Reads a TRPCClientError (or anything else) into a ProblemInfo. */
export function problemOf(error: unknown): ProblemInfo {
  if (typeof error !== 'object' || error === null) {
    return { code: 'UNKNOWN', reason: undefined, field: undefined, message: String(error) };
  }
  const data = ((error as { data?: unknown }).data ?? {}) as ErrorData;
  const message = asString((error as { message?: unknown }).message) ?? '';
  const code = asString(data.code) ?? (isNetworkFailure(message) ? 'NETWORK' : 'UNKNOWN');

  return { code, reason: asString(data.reason), field: asString(data.field), message };
}

function isNetworkFailure(message: string): boolean {
  return /failed to fetch|networkerror|load failed|unexpected end of json/i.test(message);
}

/** Words for the API's machine-readable reasons and codes; one place so a translation can follow. */
export const reasonStrings: Record<string, string> = {
  game_full: 'The table is full: every seat is taken.',
  already_registered: 'You are already registered for this game.',
  not_registered: 'You are not registered for this game.',
  game_closed: 'Registrations for this game are closed.',
  not_open: 'This game is not open.',
  not_draft: 'Only a draft can do that.',
  not_closed: 'This game is not closed.',
  already_published: 'This game is already published.',
  own_game: 'You run this game: a GM does not take a seat at their own table.',
  not_game_gm: 'Only the GM of this game or an admin can do this.',
  not_gm: 'Only game masters can do this.',
  not_admin: 'Only admins can do this.',
  own_admin_role: 'You cannot take away your own admin role.',
  archived: 'This game is archived and can no longer change.',
  session_overlap: 'This session overlaps another session of the same game.',
  name_taken: 'That name is already taken.',
  in_use: 'It is still in use, so it cannot be removed.',
  past_date_needs_confirmation: 'The first session is in the past: confirm to publish anyway.',
  duplicate: 'That already exists.',
  party_below_seated: 'The party size cannot be smaller than the number of players already seated.',
  not_a_player: 'Members marked as no longer playing cannot take a seat at a game.',
  not_found: 'It does not exist, or you cannot see it.',
  forbidden: 'You are not allowed to do this.',
  unauthorized: 'Sign in first.',
  required: 'This field is required.',
  out_of_range: 'This value is out of its allowed range.',
  unknown_reference: 'That choice no longer exists.',
  UNAUTHORIZED: 'Sign in first.',
  FORBIDDEN: 'You are not allowed to do this.',
  NOT_FOUND: 'It does not exist, or you cannot see it.',
  TOO_MANY_REQUESTS: 'Too many requests: wait a moment and try again.',
  INTERNAL_SERVER_ERROR: 'Something went wrong on our side. Try again later.',
  NETWORK: 'The server cannot be reached. Check your connection and try again.',
};

/** The sentence to show for a failed call: the reason's words, else the code's, else the API's. */
export function describeProblem(error: unknown): string {
  const problem = problemOf(error);
  return (
    (problem.reason && reasonStrings[problem.reason]) ||
    reasonStrings[problem.code] ||
    problem.message ||
    'Something went wrong.'
  );
}
