import { DiscordAPIError, HTTPError, RateLimitError } from '@discordjs/rest';

/** True when Discord answered 404 (or "Unknown …"): for a delete, the thing is already gone. */
export function isNotFound(error: unknown): boolean {
  return error instanceof DiscordAPIError && error.status === 404;
}

/**
 * True for failures after which Discord may or may not have applied a request: a 5xx answer,
 * a timeout, a reset or dropped connection. A create is then checked for before it is retried.
 */
export function isTransient(error: unknown): boolean {
  if (error instanceof HTTPError) {
    return error.status >= 500;
  }
  if (error instanceof DiscordAPIError || error instanceof RateLimitError) {
    return false;
  }
  if (!(error instanceof Error)) {
    return false;
  }
  const code = (error as { code?: unknown }).code;
  const causeCode = (error.cause as { code?: unknown } | undefined)?.code;
  return (
    error.name === 'AbortError' ||
    error.name === 'TimeoutError' ||
    error instanceof TypeError ||
    [code, causeCode].some((c) => typeof c === 'string' && /^(E[A-Z]+|UND_ERR_\w+)$/.test(c))
  );
}

/**
 * How long Discord asked us to wait, in milliseconds, when a rate limit was longer than the
 * gateway is willing to sleep through; null for any other error.
 */
export function retryAfterMs(error: unknown): number | null {
  return error instanceof RateLimitError ? error.retryAfter : null;
}

/** One line for logs and the outbox's lastError: status, Discord code and message. */
export function describeError(error: unknown): string {
  if (error instanceof DiscordAPIError) {
    return `Discord ${error.status} (code ${String(error.code)}) on ${error.method.toUpperCase()} ${error.url}: ${error.message}`;
  }
  if (error instanceof HTTPError) {
    return `Discord ${error.status} on ${error.method.toUpperCase()} ${error.url}`;
  }
  if (error instanceof RateLimitError) {
    return `Rate limited on ${error.route} for ${error.retryAfter} ms`;
  }
  if (error instanceof Error) {
    const cause = error.cause instanceof Error ? ` (${error.cause.message})` : '';
    return `${error.name}: ${error.message}${cause}`;
  }
  return String(error);
}
