import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

import { Channel, Game, User, type GameSearchFilters } from '@questboard/db';

import { Conflict, NotFound } from '../../errors/index.js';
import { enqueueDiscord } from '../../outbox/enqueue.js';
import type { GameCreateInput, GameUpdateInput } from '../../schemas/index.js';
import type { Actor } from '../Service.js';
import { assertNotArchived, assertRunsGame, lockOwnedGame, runsGame } from './gameAccess.js';
import { applyGameFields, gameFieldsOf } from './gameFields.js';
import { GameServiceBase } from './GameServiceBase.js';
import { assertPartyHoldsSeats, settleSeats } from './seats.js';
import { uniqueSlug } from './slug.js';

/** A page of the board with the seats taken at each table. */
export interface GamePage {
  games: Game[];
  seats: Map<number, number>;
  total: number;
  page: number;
  perPage: number;
  pages: number;
}

/** Games a member runs and plays in, gm/system/vtt/specialEvent loaded. */
export interface MyGames {
  running: Game[];
  playing: Game[];
  seats: Map<number, number>;
}

const CARD_RELATIONS = ['gm', 'system', 'vtt', 'specialEvent'] as const;

/** Tries a create again when a concurrent one took the same slug first. */
const SLUG_ATTEMPTS = 3;

/** The board and a game's own fields: create, update, clone, delete. */
export class GameService extends GameServiceBase {
  /** The board, drafts only as the repository shows them to `viewer`. */
  async search(
    filters: GameSearchFilters,
    page: number,
    perPage: number,
    viewer: Actor | null,
  ): Promise<GamePage> {
    return this.read(async (em) => {
      const repo = em.getRepository(Game);
      const [games, total] = await repo.search(
        filters,
        page,
        perPage,
        viewer ? { userId: viewer.id, isAdmin: viewer.isAdmin } : undefined,
      );
      const seats = await repo.countPlayers(games.map((game) => game.id));
      return { games, seats, total, page, perPage, pages: Math.ceil(total / perPage) };
    });
  }

  /** A game with its table, sessions and relations. Drafts exist only for their GM and admins. */
  async bySlug(slug: string, viewer: Actor | null): Promise<Game> {
    return this.read(async (em) => {
      const game = await em.getRepository(Game).getWithRelationsBySlug(slug);
      if (!game || (game.status === 'draft' && !runsGame(viewer, game))) {
        throw new NotFound('Game', slug);
      }
      return game;
    });
  }

  /** The games the actor runs (drafts included) and those they play in. */
  async mine(actor: Actor): Promise<MyGames> {
    return this.read(async (em) => {
      const repo = em.getRepository(Game);
      const running = await repo.findByGm(actor.id);
      const playing = await repo.findByPlayer(actor.id);
      await em.populate([...running, ...playing], CARD_RELATIONS);
      const seats = await repo.countPlayers([...running, ...playing].map((game) => game.id));
      return { running, playing, seats };
    });
  }

  /** A new draft run by the actor, slugged `<name>-by-<gm>`. */
  async create(actor: Actor, input: GameCreateInput): Promise<Game> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await this.transaction((em) => this.createDraft(em, actor, input));
      } catch (error) {
        if (!(error instanceof UniqueConstraintViolationException) || attempt >= SLUG_ATTEMPTS) {
          throw error;
        }
      }
    }
  }

  private async createDraft(
    em: EntityManager,
    actor: Actor,
    input: GameCreateInput,
  ): Promise<Game> {
    const gm = await em.getRepository(User).getByIdOr404(actor.id);
    // Built unmanaged so no auto-flush writes it before its references are checked.
    const game = new Game();
    game.slug = await uniqueSlug(em, input.name, gm.username ?? gm.name);
    game.gm = gm;
    await applyGameFields(em, game, input);
    await em.getRepository(Game).add(game);

    await this.logEvent(em, 'create', game.id, 'Created as a draft', actor.id);
    this.logger.info({ gameId: game.id, slug: game.slug, gmId: actor.id }, 'game drafted');
    return game;
  }

  /**
   * Changes the fields named. The name and type change only while a draft, and the slug with
   * the name; a published game gets its announcement refreshed. The party size never goes
   * below the players seated at a first-come table; a new size closes a table it fills and
   * reopens one that closed itself when it frees seats, as a registration would.
   */
  async update(actor: Actor, input: GameUpdateInput): Promise<Game> {
    return this.transaction(async (em) => {
      const game = await lockOwnedGame(em, actor, input.id);
      assertNotArchived(game);

      const { id, ...fields } = input;
      const renamed = fields.name !== undefined && fields.name !== game.name;
      const retyped = fields.type !== undefined && fields.type !== game.type;
      if (game.status !== 'draft' && (renamed || retyped)) {
        throw new Conflict(
          'not_draft',
          'The name and type change only while the game is a draft',
          renamed ? 'name' : 'type',
        );
      }
      await assertPartyHoldsSeats(em, game, fields);

      await applyGameFields(em, game, fields);
      if (renamed) {
        const gm = await em.getRepository(User).getByIdOr404(game.gm.id);
        game.slug = await uniqueSlug(em, game.name, gm.username ?? gm.name, id);
      }
      await em.flush();

      await settleSeats(em, game, actor.id, (...args) => this.logEvent(em, ...args));
      await this.logEvent(em, 'edit', game.id, 'Edited', actor.id);
      if (game.status !== 'draft') {
        enqueueDiscord(em, game.id, 'game.refresh');
      }
      return game;
    });
  }

  /** A game's fields as a new draft's defaults; nothing is written. */
  async clone(actor: Actor, gameId: number): Promise<GameCreateInput> {
    return this.read(async (em) => {
      const game = await em.getRepository(Game).getByIdOr404(gameId);
      if (game.status === 'draft') {
        assertRunsGame(actor, game);
      }
      // gameFieldsOf reads only the ids of system, vtt and event: the references hold them.
      return gameFieldsOf(game);
    });
  }

  /** Removes a game with its table, sessions and audit lines (admins only, checked by the router). */
  async delete(actor: Actor, gameId: number): Promise<void> {
    await this.transaction(async (em) => {
      const game = await lockOwnedGame(em, actor, gameId);
      const categoryId = game.category?.id ?? null;

      // Archiving already took the channel out of its category's count.
      if (game.category && game.status !== 'archived') {
        await em.getRepository(Channel).decrementSize(game.category);
      }
      await em.getRepository(Game).deleteById(game.id);

      // Always recorded: a publish still in the outbox may create what this must remove.
      const { channel, role, msgId } = game;
      enqueueDiscord(em, game.id, 'game.delete', { channel, role, msgId, categoryId });
      this.logger.info({ gameId, slug: game.slug, by: actor.id }, 'game deleted');
    });
  }
}
