import type { EntityManager } from '@mikro-orm/postgresql';

import { Channel, GAME_TYPE_TROPHIES, Registration, Trophy, type Game } from '@questboard/db';

import { Conflict } from '../../errors/index.js';
import { enqueueDiscord } from '../../outbox/enqueue.js';
import type { GamePublishInput } from '../../schemas/index.js';
import type { Actor } from '../Service.js';
import { assertNotArchived, lockOwnedGame } from './gameAccess.js';
import { GameServiceBase } from './GameServiceBase.js';
import { countSeats, isFull } from './seats.js';
import { STATUS_NOTES } from './statusNotes.js';

/** A game's status over its life: publish, close, reopen, archive. Each locks the game row. */
export class GameLifecycleService extends GameServiceBase {
  /**
   * Opens a draft (or a silently published game) to registration and asks for its Discord
   * channel, role and announcement. A past date needs `allowPastDate`; a full table cannot be
   * published; `silent` publishes it closed. The first publish counts the game's channel in
   * the least-filled category of its type; a later one keeps the category and Discord ids.
   */
  async publish(actor: Actor, input: GamePublishInput): Promise<Game> {
    return this.transaction(async (em) => {
      const game = await lockOwnedGame(em, actor, input.id);
      assertNotArchived(game);
      if (game.status === 'open') {
        throw new Conflict('already_published', 'This game is already open');
      }
      if (game.date.getTime() < Date.now() && !input.allowPastDate) {
        throw new Conflict(
          'past_date_needs_confirmation',
          'The game date is past: confirm to publish it anyway',
          'date',
        );
      }
      if (!input.silent && isFull(game, await countSeats(em, game.id))) {
        throw new Conflict('game_full', 'The table is already full');
      }

      if (!game.category) {
        await this.placeInCategory(em, game);
      }
      game.status = input.silent ? 'closed' : 'open';
      const note = input.silent ? STATUS_NOTES.publishedClosed : STATUS_NOTES.published;
      await this.logEvent(em, 'edit', game.id, note, actor.id);

      enqueueDiscord(em, game.id, 'game.publish');
      this.logger.info({ gameId: game.id, silent: input.silent, by: actor.id }, 'game published');
      return game;
    });
  }

  private async placeInCategory(em: EntityManager, game: Game): Promise<void> {
    const channels = em.getRepository(Channel);
    const category = await channels.getSmallestByType(game.type);
    if (category) {
      await channels.incrementSize(category);
      game.category = category;
    } else {
      this.logger.warn({ gameId: game.id, type: game.type }, 'no Discord category for this type');
    }
  }

  /** Stops registration; the game stays closed until the GM reopens it. */
  async close(actor: Actor, gameId: number): Promise<Game> {
    return this.transaction(async (em) => {
      const game = await lockOwnedGame(em, actor, gameId);
      if (game.status !== 'open') {
        throw new Conflict('not_open', 'Only an open game can be closed');
      }

      game.status = 'closed';
      await this.logEvent(em, 'edit', game.id, STATUS_NOTES.closed, actor.id);
      enqueueDiscord(em, game.id, 'game.refresh');
      return game;
    });
  }

  /** Opens a closed game to registration again, if a seat is free. */
  async reopen(actor: Actor, gameId: number): Promise<Game> {
    return this.transaction(async (em) => {
      const game = await lockOwnedGame(em, actor, gameId);
      if (game.status !== 'closed') {
        throw new Conflict('not_closed', 'Only a closed game can be reopened');
      }
      if (isFull(game, await countSeats(em, game.id))) {
        throw new Conflict('game_full', 'The table is full: free a seat or enlarge the party');
      }

      game.status = 'open';
      await this.logEvent(em, 'edit', game.id, STATUS_NOTES.reopened, actor.id);
      enqueueDiscord(em, game.id, 'game.refresh');
      return game;
    });
  }

  /**
   * Ends the game: the GM and every player earn the trophy of its type, its channel leaves
   * the category count and Discord cleans up. Archiving an archived game changes nothing, so
   * trophies are awarded once even when archive is called twice or concurrently.
   */
  async archive(actor: Actor, gameId: number): Promise<Game> {
    return this.transaction(async (em) => {
      const game = await lockOwnedGame(em, actor, gameId);
      if (game.status === 'archived') {
        return game;
      }
      if (game.status === 'draft') {
        throw new Conflict('not_open', 'A draft is deleted, not archived');
      }

      await this.awardTable(em, game);
      if (game.category) {
        await em.getRepository(Channel).decrementSize(game.category);
      }
      game.status = 'archived';
      await this.logEvent(em, 'edit', game.id, STATUS_NOTES.archived, actor.id);

      enqueueDiscord(em, game.id, 'game.archive');
      this.logger.info({ gameId: game.id, by: actor.id }, 'game archived');
      return game;
    });
  }

  /** The game-type trophy for the GM and every seat: a fixed few statements, whatever the table. */
  private async awardTable(em: EntityManager, game: Game): Promise<void> {
    const names = GAME_TYPE_TROPHIES[game.type];
    const trophies = em.getRepository(Trophy);
    const seats = await em.find(Registration, { game: game.id }, { fields: ['user'] });

    await trophies.awardTrophies([game.gm.id], await trophies.ensureNamed(names.gm));
    await trophies.awardTrophies(
      seats.map((seat) => seat.user.id),
      await trophies.ensureNamed(names.player),
    );
  }
}
