import type { LeaderboardRow, Trophy, UserTrophy } from '@questboard/db';

import { toPerson, type PersonDto } from './gameDto.js';

export interface TrophyDto {
  id: number;
  name: string;
  icon: string | null;
  /** Earned at most once per member. */
  unique: boolean;
}

/** One line of a leaderboard; equal totals share a rank (1, 1, 3…). */
export interface LeaderboardRowDto {
  rank: number;
  user: PersonDto;
  total: number;
}

/** One trophy of a member's case. */
export interface TrophyCaseEntryDto {
  trophy: TrophyDto;
  quantity: number;
}

export function toTrophy(trophy: Trophy): TrophyDto {
  return { id: trophy.id, name: trophy.name, icon: trophy.icon, unique: trophy.unique };
}

/** Rows come ordered by total descending. */
export function toLeaderboard(rows: LeaderboardRow[]): LeaderboardRowDto[] {
  return rows.map((row, index) => {
    const firstEqual = rows.findIndex((other) => other.total === row.total);
    return {
      rank: (firstEqual === -1 ? index : firstEqual) + 1,
      user: toPerson(row.user),
      total: row.total,
    };
  });
}

/** `held` must have its trophy loaded. */
export function toTrophyCaseEntry(held: UserTrophy): TrophyCaseEntryDto {
  return { trophy: toTrophy(held.trophy), quantity: held.quantity };
}
