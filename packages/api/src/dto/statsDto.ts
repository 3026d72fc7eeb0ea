import type { GameStatus, GameType } from '@questboard/db';

/** A count split by game type, for stacked charts. */
export interface TypeSplit {
  oneshot: number;
  campaign: number;
  total: number;
}

/** One month of a chart: `month` is `YYYY-MM` (UTC). */
export interface MonthCount extends TypeSplit {
  month: string;
}

/** A system or VTT with the number of published games using it. */
export interface NamedCount extends TypeSplit {
  id: number;
  name: string;
  /** Same as `total`, the name the bar charts read. */
  count: number;
}

/** A member with the number of published games they sit at (players) or run (GMs). */
export interface MemberCount extends TypeSplit {
  user: { id: string; name: string };
  count: number;
}

/** What the stats page draws. Drafts count nowhere. */
export interface StatsOverviewDto {
  totals: { games: number; sessions: number; players: number; gms: number };
  byType: Record<GameType, number>;
  byStatus: Record<Exclude<GameStatus, 'draft'>, TypeSplit>;
  /** The last 12 months, oldest first, every month present. By session start. */
  sessionsPerMonth: MonthCount[];
  /** The last 12 months, oldest first, every month present. By the game's first date. */
  gamesPerMonth: MonthCount[];
  topSystems: NamedCount[];
  topVtts: NamedCount[];
  /** Members still playing, by published games they hold a seat at. */
  topPlayers: MemberCount[];
  /** By published games run. */
  topGms: MemberCount[];
}
