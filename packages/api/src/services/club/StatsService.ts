import type { EntityManager } from '@mikro-orm/postgresql';

import type {
  MemberCount,
  MonthCount,
  NamedCount,
  StatsOverviewDto,
  TypeSplit,
} from '../../dto/statsDto.js';
import { Service } from '../Service.js';
import {
  GAMES_BY_STATUS_SQL,
  GAMES_PER_MONTH_SQL,
  SESSIONS_PER_MONTH_SQL,
  TOP_GMS_SQL,
  TOP_PLAYERS_SQL,
  TOP_SYSTEMS_SQL,
  TOP_VTTS_SQL,
  TOTALS_SQL,
} from './statsQueries.js';

interface SplitRow {
  oneshot: number;
  campaign: number;
  total: number;
}

const split = (row: SplitRow): TypeSplit => ({
  oneshot: row.oneshot,
  campaign: row.campaign,
  total: row.total,
});

/** The club's activity, counted in SQL: a handful of GROUP BY queries, no loops over rows. */
export class StatsService extends Service {
  /** Everything the stats page shows; `top` rows per ranking, months up to `now`'s. */
  async overview(top: number, now: Date = new Date()): Promise<StatsOverviewDto> {
    return this.read(async (em) => {
      const [totals] = await query<StatsOverviewDto['totals']>(em, TOTALS_SQL);
      const grouped = await query<{ status: string | null; type: string; total: number }>(
        em,
        GAMES_BY_STATUS_SQL,
      );
      const count = (status: string | null, type: string) =>
        grouped.find((row) => row.status === status && row.type === type)?.total ?? 0;
      const byStatus = (status: string): TypeSplit => {
        const oneshot = count(status, 'oneshot');
        const campaign = count(status, 'campaign');
        return { oneshot, campaign, total: oneshot + campaign };
      };

      const months = (sql: string) =>
        query<MonthCount & SplitRow>(em, sql, [now, now]).then((rows) =>
          rows.map((row) => ({ month: row.month, ...split(row) })),
        );
      const named = (sql: string) =>
        query<{ id: number; name: string } & SplitRow>(em, sql, [top]).then((rows) =>
          rows.map((row): NamedCount => ({
            id: row.id,
            name: row.name,
            count: row.total,
            ...split(row),
          })),
        );
      const members = (sql: string) =>
        query<{ id: string; name: string } & SplitRow>(em, sql, [top]).then((rows) =>
          rows.map((row): MemberCount => ({
            user: { id: row.id, name: row.name },
            count: row.total,
            ...split(row),
          })),
        );

      return {
        totals: totals ?? { games: 0, sessions: 0, players: 0, gms: 0 },
        byType: { oneshot: count(null, 'oneshot'), campaign: count(null, 'campaign') },
        byStatus: {
          open: byStatus('open'),
          closed: byStatus('closed'),
          archived: byStatus('archived'),
        },
        sessionsPerMonth: await months(SESSIONS_PER_MONTH_SQL),
        gamesPerMonth: await months(GAMES_PER_MONTH_SQL),
        topSystems: await named(TOP_SYSTEMS_SQL),
        topVtts: await named(TOP_VTTS_SQL),
        topPlayers: await members(TOP_PLAYERS_SQL),
        topGms: await members(TOP_GMS_SQL),
      };
    });
  }
}

async function query<T>(em: EntityManager, sql: string, params: unknown[] = []): Promise<T[]> {
  return em.getConnection().execute<T[]>(sql, params, 'all');
}
