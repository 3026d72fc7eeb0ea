/**
 * SQL expression builders. Every generated value is a pure function of a row index, so a
 * chunk can be loaded on its own and two runs build the same club.
 */

/** A uniform number in [0, 1) derived from an integer expression and a salt. */
export function unit(index: string, salt: number): string {
  return `((hashint8((${index})::bigint * 1009 + ${salt})::bigint + 2147483648) / 4294967296.0)`;
}

/** An integer in [0, n) derived from an index. */
export function pickIndex(index: string, salt: number, n: number): string {
  return `floor(${unit(index, salt)} * ${n})::int`;
}

/** One of `values`, chosen by the index. */
export function pick(values: readonly string[], index: string, salt: number): string {
  return `(${textArray(values)})[1 + ${pickIndex(index, salt, values.length)}]`;
}

/** A SQL text array literal. */
export function textArray(values: readonly string[]): string {
  return `array[${values.map(quote).join(', ')}]::text[]`;
}

export function quote(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** Discord epoch (2015-01-01) and the spread of member sign-ups: 2016 to 2025. */
const DISCORD_EPOCH_MS = 1_420_070_400_000;
const FIRST_SIGN_UP_MS = 1_451_606_400_000;
const SIGN_UP_SPAN_MS = 283_996_800_000;

/**
 * The snowflake of the member with index `index` (0-based) in a club of `users` members:
 * their sign-up time in the high bits and the index in the low bits, so ids are unique,
 * 18 or 19 digits long and ordered like sign-ups.
 */
export function userId(index: string, users: number): string {
  const step = Math.floor(SIGN_UP_SPAN_MS / users);
  const offset = FIRST_SIGN_UP_MS - DISCORD_EPOCH_MS;
  return `(((${offset}::bigint + (${index})::bigint * ${step}) << 22) + (${index}))::text`;
}

/** When the member with that index joined. */
export function userCreatedAt(index: string, users: number): string {
  const step = Math.floor(SIGN_UP_SPAN_MS / users);
  return `to_timestamp((${FIRST_SIGN_UP_MS}::bigint + (${index})::bigint * ${step}) / 1000.0)`;
}

/** A snowflake for a Discord object (channel, role, message) numbered `index` of a kind. */
export function objectId(index: string, kind: number): string {
  return `((1300000000000000000::bigint + ${kind}::bigint * 10000000000000 + (${index})::bigint))::text`;
}
