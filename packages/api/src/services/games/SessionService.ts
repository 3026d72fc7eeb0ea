import type { EntityManager } from '@mikro-orm/postgresql';

import { GameSession, Registration, type CalendarSession, type Game } from '@questboard/db';

import { Conflict } from '../../errors/index.js';
import { enqueueDiscord } from '../../outbox/enqueue.js';
import type {
  SessionCreateInput,
  SessionRangeInput,
  SessionUpdateInput,
} from '../../schemas/index.js';
import type { Actor } from '../Service.js';
import { assertNotArchived, lockOwnedGame } from './gameAccess.js';
import { GameServiceBase } from './GameServiceBase.js';

/** A session of another game that overlaps, for someone at this game's table. */
export interface SessionClash {
  userId: string;
  session: GameSession;
}

/** A written session, with the clashes it makes for the GM and players elsewhere. */
export interface SessionResult {
  session: GameSession;
  warnings: SessionClash[];
}

/** Sessions on the calendar: under 24 hours, after they start, never overlapping in a game. */
export class SessionService extends GameServiceBase {
  async create(actor: Actor, input: SessionCreateInput): Promise<SessionResult> {
    return this.transaction(async (em) => {
      const game = await lockOwnedGame(em, actor, input.gameId);
      assertNotArchived(game);
      await this.assertFree(em, game.id, input.start, input.end);

      const session = em.create(GameSession, { game, start: input.start, end: input.end });
      await em.flush();
      await this.logEvent(em, 'create-session', game.id, this.describe(session), actor.id);

      this.refresh(em, game);
      return { session, warnings: await this.clashes(em, game, session) };
    });
  }

  /** Moves a session. */
  async update(actor: Actor, input: SessionUpdateInput): Promise<SessionResult> {
    return this.transaction(async (em) => {
      const found = await em.getRepository(GameSession).getByIdOr404(input.id);
      const game = await lockOwnedGame(em, actor, found.game.id);
      assertNotArchived(game);
      await this.assertFree(em, game.id, input.start, input.end, found.id);

      found.start = input.start;
      found.end = input.end;
      await em.flush();
      await this.logEvent(em, 'edit-session', game.id, this.describe(found), actor.id);

      this.refresh(em, game);
      return { session: found, warnings: await this.clashes(em, game, found) };
    });
  }

  async delete(actor: Actor, sessionId: number): Promise<void> {
    await this.transaction(async (em) => {
      const session = await em.getRepository(GameSession).getByIdOr404(sessionId);
      const game = await lockOwnedGame(em, actor, session.game.id);
      assertNotArchived(game);

      const description = this.describe(session);
      await em.getRepository(GameSession).delete(session);
      await this.logEvent(em, 'delete-session', game.id, description, actor.id);
      this.refresh(em, game);
    });
  }

  /**
   * The calendar between two dates (sessions wholly inside), as plain rows; `mine` keeps the
   * games the viewer runs or plays in. Drafts show only to their GM and admins.
   */
  async inRange(input: SessionRangeInput, viewer: Actor | null): Promise<CalendarSession[]> {
    return this.read((em) =>
      em.getRepository(GameSession).findForCalendar(input.start, input.end, {
        viewer: viewer ? { userId: viewer.id, isAdmin: viewer.isAdmin } : undefined,
        mine: input.mine,
      }),
    );
  }

  private async assertFree(
    em: EntityManager,
    gameId: number,
    start: Date,
    end: Date,
    exceptId?: number,
  ): Promise<void> {
    const overlapping = await em
      .getRepository(GameSession)
      .findConflicts(gameId, start, end, exceptId);
    if (overlapping.length > 0) {
      throw new Conflict('session_overlap', 'Another session of this game overlaps', 'start');
    }
  }

  /** Sessions of other games overlapping this one, for its GM and each player. */
  private async clashes(
    em: EntityManager,
    game: Game,
    session: GameSession,
  ): Promise<SessionClash[]> {
    const seats = await em.find(Registration, { game: game.id }, { fields: ['user'] });
    const people = [game.gm.id, ...seats.map((seat) => seat.user.id)];
    const played = em
      .createQueryBuilder(Registration, 'reg')
      .select(['reg.user_id', 'reg.game_id'])
      .where({ user: { $in: people } });
    const rows = await played.execute<{ user_id: string; game_id: number }[]>('all', false);

    const others = await em.find(
      GameSession,
      {
        start: { $lt: session.end },
        end: { $gt: session.start },
        game: { id: { $ne: game.id }, status: { $ne: 'draft' } },
        $or: [
          { game: { gm: { $in: people } } },
          { game: { $in: [...new Set(rows.map((row) => row.game_id))] } },
        ],
      },
      { populate: ['game'], orderBy: { start: 'asc', id: 'asc' } },
    );

    return others.flatMap((other) =>
      people
        .filter(
          (userId) =>
            other.game.gm.id === userId ||
            rows.some((row) => row.user_id === userId && row.game_id === other.game.id),
        )
        .map((userId) => ({ userId, session: other })),
    );
  }

  private refresh(em: EntityManager, game: Game): void {
    if (game.status !== 'draft') {
      enqueueDiscord(em, game.id, 'game.refresh');
    }
  }

  private describe(session: GameSession): string {
    return `${session.start.toISOString()} – ${session.end.toISOString()}`;
  }
}
