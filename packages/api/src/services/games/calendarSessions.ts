import type { EntityManager } from '@mikro-orm/postgresql';

import { GameSession, type GameStatus, type GameType } from '@questboard/db';

import type { SessionRangeInput } from '../../schemas/index.js';
import type { Actor } from '../Service.js';

/** A session as the calendar shows it: times and the few game fields a chip needs. */
export interface CalendarSession {
  id: number;
  start: Date;
  end: Date;
  game: { id: number; slug: string; name: string; type: GameType; status: GameStatus };
}

interface CalendarRow {
  id: number;
  start: string | Date;
  end: string | Date;
  game_id: number;
  game_slug: string;
  game_name: string;
  game_type: GameType;
  game_status: GameStatus;
}

/**
 * Sessions wholly inside [start, end], oldest first, as plain rows: a month of a large club is
 * thousands of sessions, so no entities (and no game descriptions) are loaded. Drafts only for
 * their GM and admins; `mine` keeps the games the viewer runs or plays in.
 */
export async function calendarSessions(
  em: EntityManager,
  input: SessionRangeInput,
  viewer: Actor | null,
): Promise<CalendarSession[]> {
  const qb = em
    .createQueryBuilder(GameSession, 's')
    .select([
      's.id',
      's.start',
      's.end',
      'g.id as game_id',
      'g.slug as game_slug',
      'g.name as game_name',
      'g.type as game_type',
      'g.status as game_status',
    ])
    .join('s.game', 'g')
    // `start < end` follows from the other two bounds; stating it bounds the index scan.
    .where({ start: { $gte: input.start, $lt: input.end }, end: { $lte: input.end } })
    .orderBy({ start: 'asc', id: 'asc' });

  if (!viewer) {
    qb.andWhere('g.status <> ?', ['draft']);
  } else if (!viewer.isAdmin) {
    qb.andWhere('(g.status <> ? or g.gm_id = ?)', ['draft', viewer.id]);
  }
  if (input.mine && viewer) {
    const plays = 'exists (select 1 from registration r where r.game_id = g.id and r.user_id = ?)';
    qb.andWhere(`(g.gm_id = ? or ${plays})`, [viewer.id, viewer.id]);
  }

  const rows = await qb.execute<CalendarRow[]>('all', false);
  const platform = em.getPlatform();
  const toDate = (value: string | Date) =>
    value instanceof Date ? value : platform.parseDate(value);
  return rows.map((row) => ({
    id: row.id,
    start: toDate(row.start),
    end: toDate(row.end),
    game: {
      id: row.game_id,
      slug: row.game_slug,
      name: row.game_name,
      type: row.game_type,
      status: row.game_status,
    },
  }));
}
