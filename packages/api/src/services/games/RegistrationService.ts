import type { EntityManager } from '@mikro-orm/postgresql';

import { Game, Registration, User } from '@questboard/db';

import { Conflict, Forbidden } from '../../errors/index.js';
import { enqueueDiscord } from '../../outbox/enqueue.js';
import type { Actor } from '../Service.js';
import { assertRunsGame } from './gameAccess.js';
import { GameServiceBase } from './GameServiceBase.js';
import { isFull, readTable, settleSeats } from './seats.js';

/** Seats at a game's table. Every check and write happens with the game row locked. */
export class RegistrationService extends GameServiceBase {
  /**
   * The actor takes a seat: refused when already seated, full, closed, a draft or archived, and
   * to a member marked as no longer playing.
   */
  async register(actor: Actor, gameId: number): Promise<Game> {
    return this.transaction(async (em) => {
      const game = await em.getRepository(Game).getForUpdate(gameId);
      if (game.gm.id === actor.id) {
        throw new Conflict('own_game', 'A GM does not register for their own game');
      }
      const user = await em.getRepository(User).getByIdOr404(actor.id);
      if (user.notPlayerAsOf) {
        throw new Forbidden('Members marked as no longer playing cannot register', 'not_a_player');
      }
      const seats = await this.assertSeatFree(em, game, actor.id, false);

      await this.seat(em, game, actor.id, actor.id, 'Registered', seats + 1);
      return game;
    });
  }

  /**
   * The GM seats a member still playing; `force` seats them past the party size or a closed
   * table.
   */
  async addPlayer(actor: Actor, gameId: number, userId: string, force: boolean): Promise<Game> {
    return this.transaction(async (em) => {
      const game = await em.getRepository(Game).getForUpdate(gameId);
      assertRunsGame(actor, game);
      const user = await em.getRepository(User).getByIdOr404(userId);
      if (game.gm.id === userId) {
        throw new Conflict('own_game', 'The GM does not take a seat at their own table', 'userId');
      }
      if (user.notPlayerAsOf) {
        throw new Conflict('not_a_player', 'This member is marked as no longer playing', 'userId');
      }
      const seats = await this.assertSeatFree(em, game, userId, force);

      await this.seat(em, game, userId, actor.id, 'Added by the GM', seats + 1);
      return game;
    });
  }

  /**
   * Frees a seat: the actor's own, or anyone's when the actor runs the game. A game that closed
   * itself on a full table reopens.
   */
  async unregister(actor: Actor, gameId: number, userId: string = actor.id): Promise<Game> {
    return this.transaction(async (em) => {
      const game = await em.getRepository(Game).getForUpdate(gameId);
      if (userId !== actor.id) {
        assertRunsGame(actor, game);
      }
      if (game.status === 'archived') {
        throw new Conflict('archived', 'The table of an archived game is final');
      }
      const registration = await em.findOne(Registration, { game: game.id, user: userId });
      if (!registration) {
        throw new Conflict('not_registered', 'Not registered for this game', 'userId');
      }

      em.remove(registration);
      await em.flush();
      const note = userId === actor.id ? 'Left the table' : 'Removed by the GM';
      await this.logEvent(em, 'unregister', game.id, note, userId);
      await settleSeats(em, game, actor.id, (...args) => this.logEvent(em, ...args));

      enqueueDiscord(em, game.id, 'member.remove', { userId });
      enqueueDiscord(em, game.id, 'game.refresh');
      return game;
    });
  }

  /** Refuses a seat that is taken, full or closed; returns the seats taken before it. */
  private async assertSeatFree(
    em: EntityManager,
    game: Game,
    userId: string,
    force: boolean,
  ): Promise<number> {
    if (game.status === 'draft' || game.status === 'archived') {
      throw new Conflict('not_open', 'This game takes no registration');
    }
    const { seats, seated } = await readTable(em, game.id, userId);
    if (seated) {
      throw new Conflict('already_registered', 'Already registered for this game');
    }
    if (force) {
      return seats;
    }
    if (game.status === 'closed') {
      throw new Conflict('game_closed', 'This game is closed to registration');
    }
    if (isFull(game, seats)) {
      throw new Conflict('game_full', 'The table is full');
    }
    return seats;
  }

  private async seat(
    em: EntityManager,
    game: Game,
    userId: string,
    actorId: string,
    note: string,
    seatsAfter: number,
  ): Promise<void> {
    em.create(Registration, { game, user: em.getReference(User, userId) });
    await em.flush();
    await this.logEvent(em, 'register', game.id, note, userId);
    await settleSeats(em, game, actorId, (...args) => this.logEvent(em, ...args), seatsAfter);

    enqueueDiscord(em, game.id, 'member.add', { userId });
    enqueueDiscord(em, game.id, 'game.refresh');
    this.logger.info({ gameId: game.id, userId, by: actorId }, 'seat taken');
  }
}
