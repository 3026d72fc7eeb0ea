import { LoadStrategy, LockMode, raw, type ObjectQuery } from '@mikro-orm/core';
import type { QueryBuilder } from '@mikro-orm/postgresql';

import {
  GAME_STATUSES,
  GAME_TYPES,
  RESTRICTIONS,
  type GameStatus,
  type GameType,
  type Restriction,
} from '../entities/enums.js';
import type { Game } from '../entities/Game.js';
import { Registration } from '../entities/Registration.js';
import { BaseRepository } from './BaseRepository.js';
import { containsPattern } from './likePattern.js';
import { NotFoundError } from './NotFoundError.js';

/** What the board can filter on. Lists default to "everything" except `status` (open only). */
export interface GameSearchFilters {
  status?: readonly GameStatus[];
  type?: readonly GameType[];
  restriction?: readonly Restriction[];
  /** Case-insensitive substring of the name; `%`, `_` and `\` match themselves. */
  name?: string;
  systemId?: number;
  vttId?: number;
  gmId?: string;
  playerId?: string;
  specialEventId?: number;
}

/** Who is looking: decides which drafts are visible. Absent means anonymous. */
export interface GameViewer {
  userId: string;
  isAdmin: boolean;
}

export class GameRepository extends BaseRepository<Game> {
  protected override readonly searchColumns = ['name', 'slug'];

  async getBySlug(slug: string): Promise<Game | null> {
    return this.findOne({ slug });
  }

  async getBySlugOr404(slug: string): Promise<Game> {
    const game = await this.getBySlug(slug);
    if (!game) {
      throw new NotFoundError('Game', slug);
    }
    return game;
  }

  /** Every slug in use, without loading games. */
  async getAllSlugs(): Promise<Set<string>> {
    const rows = await this.createQueryBuilder('g')
      .select('g.slug')
      .execute<{ slug: string }[]>('all', false);
    return new Set(rows.map((row) => row.slug));
  }

  async findByGm(gmId: string): Promise<Game[]> {
    return this.find({ gm: gmId }, { orderBy: { date: 'desc', id: 'desc' } });
  }

  async findByPlayer(userId: string): Promise<Game[]> {
    return this.find(
      { registrations: { user: userId } },
      { orderBy: { date: 'desc', id: 'desc' } },
    );
  }

  async findBySpecialEvent(eventId: number): Promise<Game[]> {
    return this.find({ specialEvent: eventId }, { orderBy: { date: 'asc', id: 'asc' } });
  }

  /** An unevaluated query over the games of a special event, alias `g`, to filter and page. */
  queryBySpecialEvent(eventId: number): QueryBuilder<Game> {
    return this.createQueryBuilder('g').where({ specialEvent: eventId });
  }

  /** The game, locked with SELECT … FOR UPDATE until the transaction ends. */
  async getForUpdate(gameId: number): Promise<Game> {
    if (!this.em.isInTransaction()) {
      throw new Error('GameRepository.getForUpdate needs an open transaction');
    }
    const game = await this.findOne(gameId, {
      lockMode: LockMode.PESSIMISTIC_WRITE,
      refresh: true,
    });
    if (!game) {
      throw new NotFoundError('Game', gameId);
    }
    return game;
  }

  /**
   * The game with gm, system, vtt, special event, category, players and sessions, in two
   * queries whatever the data: one join for the single-valued relations and the table (a few
   * rows), one for the sessions (joining them too would multiply players by sessions).
   */
  async getWithRelations(gameId: number): Promise<Game | null> {
    return this.loadWithRelations({ id: gameId });
  }

  /** `getWithRelations`, found by slug: a game's page in two queries. */
  async getWithRelationsBySlug(slug: string): Promise<Game | null> {
    return this.loadWithRelations({ slug });
  }

  /** Deletes the game; its sessions, registrations and events go with it. Returns the row count. */
  async deleteById(gameId: number): Promise<number> {
    return this.nativeDelete({ id: gameId });
  }

  /** Seats taken per game, for the given games, in one query. */
  async countPlayers(gameIds: readonly number[]): Promise<Map<number, number>> {
    const counts = new Map<number, number>(gameIds.map((id) => [id, 0]));
    if (gameIds.length === 0) {
      return counts;
    }
    const rows = await this.em
      .createQueryBuilder(Registration, 'r')
      .select(['r.game_id', raw('count(*)::int as seats')])
      .where({ game: { $in: [...gameIds] } })
      .groupBy('r.game_id')
      .execute<{ game_id: number; seats: number }[]>('all', false);
    for (const row of rows) {
      counts.set(row.game_id, row.seats);
    }
    return counts;
  }

  /**
   * The board: games matching `filters`, ordered by status, then upcoming before past, then
   * nearest to now first, ties by id. Drafts appear only when asked for and visible to `viewer`.
   * Returns one page (1-based) and the total count, in two statements whatever the club's size.
   */
  async search(
    filters: GameSearchFilters = {},
    page = 1,
    perPage = 20,
    viewer?: GameViewer,
  ): Promise<[Game[], number]> {
    // Inlined, not bound: the segments are formatted SQL, and a `?` in a name filter would be
    // taken for a placeholder.
    const limit = Math.max(Math.trunc(perPage), 0);
    const offset = (Math.max(Math.trunc(page), 1) - 1) * limit;
    const segments = this.boardSegments(filters, viewer, new Date(), offset + limit);
    if (segments.length === 0) {
      return [[], 0];
    }

    const rows = await this.em.execute<{ id: number | null; total: string }[]>(
      this.boardPageSql(filters, viewer, segments, offset, limit),
    );
    const ids = rows.flatMap((row) => (row.id === null ? [] : [row.id]));
    const total = Number(rows[0]?.total ?? 0);
    if (ids.length === 0) {
      return [[], total];
    }

    const games = await this.find(
      { id: { $in: ids } },
      { populate: ['gm', 'system', 'vtt', 'specialEvent'], strategy: LoadStrategy.JOINED },
    );
    const byId = new Map(games.map((game) => [game.id, game]));
    return [ids.flatMap((id) => byId.get(id) ?? []), total];
  }

  /**
   * The board's order is a sequence of segments: for each status in board order, the upcoming
   * games by date ascending, then the past ones by date descending (nearest first), ties by
   * id. Each segment is read from the (status, date) index, stopping after `limit` rows,
   * instead of sorting every matching game by expressions of now(). One `now` for all.
   */
  private boardSegments(
    filters: GameSearchFilters,
    viewer: GameViewer | undefined,
    now: Date,
    limit: number,
  ): string[] {
    const statuses = filters.status ?? ['open'];
    const segments: string[] = [];
    GAME_STATUSES.forEach((status, rank) => {
      const shown = this.statusClause(status, statuses, viewer);
      if (!shown) {
        return;
      }
      for (const past of [false, true]) {
        const qb = this.createQueryBuilder('g')
          .select(['g.id', 'g.date', raw(`${rank * 2 + (past ? 1 : 0)} as seg`)])
          .where(shown)
          .andWhere({ date: past ? { $lt: now } : { $gte: now } });
        this.applyFilters(qb, filters);
        qb.orderBy({ date: past ? 'desc' : 'asc', id: 'asc' }).limit(limit);
        segments.push(qb.getFormattedQuery());
      }
    });
    return segments;
  }

  /**
   * One statement: the total (a count with the same filters) left-joined to the page, so an
   * empty page still reports it. Odd segments are the past ones, read by date descending.
   */
  private boardPageSql(
    filters: GameSearchFilters,
    viewer: GameViewer | undefined,
    segments: readonly string[],
    offset: number,
    limit: number,
  ): string {
    const count = this.createQueryBuilder('g')
      .select(raw('count(*) as total'))
      .where(this.visibility(filters.status ?? ['open'], viewer));
    this.applyFilters(count, filters);

    return `select c.total, p.id from (${count.getFormattedQuery()}) c left join (
      select u.id, row_number() over (order by u.seg,
        case when u.seg % 2 = 0 then u.date end asc,
        case when u.seg % 2 = 1 then u.date end desc, u.id) as pos
      from (${segments.map((sql) => `(${sql})`).join(' union all ')}) u
      order by pos offset ${offset} limit ${limit}
    ) p on true order by p.pos`;
  }

  /** Who sees games of `status`, or null when the board shows none of them. */
  private statusClause(
    status: GameStatus,
    asked: readonly GameStatus[],
    viewer?: GameViewer,
  ): ObjectQuery<Game> | null {
    if (!asked.includes(status)) {
      return null;
    }
    return status === 'draft' ? this.draftClause(viewer) : { status };
  }

  /** The drafts `viewer` may see: all for an admin, their own for a GM, none anonymously. */
  private draftClause(viewer?: GameViewer): ObjectQuery<Game> | null {
    if (!viewer) {
      return null;
    }
    return viewer.isAdmin ? { status: 'draft' } : { status: 'draft', gm: viewer.userId };
  }

  private visibility(statuses: readonly GameStatus[], viewer?: GameViewer): ObjectQuery<Game> {
    const shown = statuses.filter((status) => status !== 'draft');
    const clauses: ObjectQuery<Game>[] = [];
    if (shown.length > 0) {
      clauses.push({ status: { $in: shown } });
    }
    const drafts = statuses.includes('draft') ? this.draftClause(viewer) : null;
    if (drafts) {
      clauses.push(drafts);
    }
    return clauses.length > 0 ? { $or: clauses } : { id: { $in: [] } };
  }

  private applyFilters(qb: QueryBuilder<Game>, filters: GameSearchFilters): void {
    const type = filters.type ?? GAME_TYPES;
    const restriction = filters.restriction ?? RESTRICTIONS;
    qb.andWhere({ type: { $in: [...type] }, restriction: { $in: [...restriction] } });

    const name = filters.name?.trim();
    if (name) {
      qb.andWhere({ name: { $ilike: containsPattern(name) } });
    }
    if (filters.systemId !== undefined) {
      qb.andWhere({ system: filters.systemId });
    }
    if (filters.vttId !== undefined) {
      qb.andWhere({ vtt: filters.vttId });
    }
    if (filters.gmId !== undefined) {
      qb.andWhere({ gm: filters.gmId });
    }
    if (filters.specialEventId !== undefined) {
      qb.andWhere({ specialEvent: filters.specialEventId });
    }
    if (filters.playerId !== undefined) {
      qb.andWhere({ id: { $in: this.registeredGameIds(filters.playerId) } } as never);
    }
  }

  /** Sub-query: ids of the games a user is registered in (joins no rows into the outer query). */
  private registeredGameIds(userId: string) {
    return this.em
      .createQueryBuilder(Registration, 'reg')
      .select('reg.game_id')
      .where({ user: userId })
      .getKnexQuery();
  }

  private async loadWithRelations(where: ObjectQuery<Game>): Promise<Game | null> {
    const game = await this.findOne(where, {
      populate: ['gm', 'system', 'vtt', 'specialEvent', 'category', 'players'],
      strategy: LoadStrategy.JOINED,
    });
    if (!game) {
      return null;
    }

    await this.em.populate(game, ['sessions'], { strategy: LoadStrategy.SELECT_IN });
    return game;
  }
}
