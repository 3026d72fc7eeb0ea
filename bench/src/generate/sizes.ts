/** Row counts of the club at 100%; other sizes scale every count by the same factor. */
export const BASE_COUNTS = {
  users: 20_000,
  games: 100_000,
  sessions: 300_000,
  registrations: 400_000,
  userTrophies: 50_000,
} as const;

/** The sizes the bench knows, in percent of BASE_COUNTS. */
export const SIZES = [10, 100, 300] as const;
export type Size = (typeof SIZES)[number];

export interface ClubPlan {
  size: Size;
  users: number;
  games: number;
  /** Upper bound used to pick seats; the real count is read back after loading. */
  registrations: number;
  sessions: number;
  userTrophies: number;
}

/** How many rows of each kind a club of `size` percent holds. */
export function planFor(size: Size): ClubPlan {
  const scale = (count: number) => Math.round((count * size) / 100);
  return {
    size,
    users: scale(BASE_COUNTS.users),
    games: scale(BASE_COUNTS.games),
    registrations: scale(BASE_COUNTS.registrations),
    sessions: scale(BASE_COUNTS.sessions),
    userTrophies: scale(BASE_COUNTS.userTrophies),
  };
}

/** Name of the database that holds the club of `size` percent. */
export function databaseName(size: Size): string {
  return `questboard_bench_${size}`;
}

export function parseSize(text: string): Size {
  const size = Number(text);
  const known = SIZES.find((candidate) => candidate === size);
  if (known === undefined) {
    throw new Error(`Unknown size "${text}": use one of ${SIZES.join(', ')}`);
  }
  return known;
}
