import type { GameStatus, GameType } from '../entities/enums.js';
import type { GameSession } from '../entities/GameSession.js';
import { Registration } from '../entities/Registration.js';
import { BaseRepository } from './BaseRepository.js';
import type { GameViewer } from './GameRepository.js';

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

export class GameSessionRepository extends BaseRepository<GameSession> {
  /** Sessions with start ≥ `start` and end ≤ `end` (both bounds inclusive), with their game. */
  async findInRange(start: Date, end: Date): Promise<GameSession[]> {
    // A session starts before it ends, so its start is ≤ `end` too: saying so bounds the
    // (start, end) index scan on both sides instead of reading every later session.
    return this.find(
      { start: { $gte: start, $lte: end }, end: { $lte: end } },
      { populate: ['game'], orderBy: { start: 'asc', id: 'asc' } },
    );
  }

  /**
   * Sessions of the game overlapping [start, end). Touching ends do not overlap.
   * `excludeSessionId` leaves out the session being moved.
   */
  async findConflicts(
    gameId: number,
    start: Date,
    end: Date,
    excludeSessionId?: number,
  ): Promise<GameSession[]> {
    return this.find(
      {
        game: gameId,
        start: { $lt: end },
        end: { $gt: start },
        ...(excludeSessionId === undefined ? {} : { id: { $ne: excludeSessionId } }),
      },
      { orderBy: { start: 'asc' } },
    );
  }

  /** Sessions in range of the games the user runs or plays in, with their game. */
  async findForUser(userId: string, start: Date, end: Date): Promise<GameSession[]> {
    const played = this.em
      .createQueryBuilder(Registration, 'reg')
      .select('reg.game_id')
      .where({ user: userId })
      .getKnexQuery();

    return this.find(
      {
        start: { $gte: start },
        end: { $lte: end },
        $or: [{ game: { gm: userId } }, { game: { $in: played } }],
      } as never,
      { populate: ['game'], orderBy: { start: 'asc', id: 'asc' } },
    );
  }

  /**
   * Sessions wholly inside [start, end], oldest first, as plain rows: a month of a large club
   * is thousands of sessions, so no entities (and no game descriptions) are loaded. Drafts only
   * for their GM and admins, as on the board; `mine` keeps the games the viewer runs or plays in.
   */
  async findForCalendar(
    start: Date,
    end: Date,
    options: { viewer?: GameViewer | undefined; mine?: boolean } = {},
  ): Promise<CalendarSession[]> {
    const { viewer, mine = false } = options;
    const qb = this.createQueryBuilder('s')
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
      .where({ start: { $gte: start, $lt: end }, end: { $lte: end } })
      .orderBy({ start: 'asc', id: 'asc' });

    if (!viewer) {
      qb.andWhere('g.status <> ?', ['draft']);
    } else if (!viewer.isAdmin) {
      qb.andWhere('(g.status <> ? or g.gm_id = ?)', ['draft', viewer.userId]);
    }
    if (mine && viewer) {
      const plays =
        'exists (select 1 from registration r where r.game_id = g.id and r.user_id = ?)';
      qb.andWhere(`(g.gm_id = ? or ${plays})`, [viewer.userId, viewer.userId]);
    }

    const rows = await qb.execute<CalendarRow[]>('all', false);
    const platform = this.em.getPlatform();
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
}
