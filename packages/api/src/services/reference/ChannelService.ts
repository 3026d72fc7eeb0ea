import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

import { Channel, Game } from '@questboard/db';

import { Conflict, NotFound } from '../../errors/index.js';
import type { ChannelCreateInput, ChannelUpdateInput } from '../../schemas/index.js';
import { Service } from '../Service.js';

/** The category read under a row lock, so its size is current until the commit. */
async function lockChannel(em: EntityManager, id: string): Promise<Channel> {
  const channel = await em
    .getRepository(Channel)
    .findOne({ id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!channel) {
    throw new NotFound('Channel', id);
  }
  return channel;
}

/** Games whose channel sits in the category; archiving already took a game's channel out. */
async function countLiveGames(em: EntityManager, channelId: string): Promise<number> {
  return em.count(Game, { category: channelId, status: { $ne: 'archived' } });
}

/**
 * The Discord categories game channels are created in, one game type each. Publishing a game
 * picks the least-filled category of its type; admins register and retire categories.
 */
export class ChannelService extends Service {
  /** Every category, by type then id. */
  async list(): Promise<Channel[]> {
    return this.read((em) =>
      em.getRepository(Channel).findAll({ orderBy: { type: 'asc', id: 'asc' } }),
    );
  }

  /** Registers a category; an id already registered is refused as `duplicate`. */
  async create(input: ChannelCreateInput): Promise<Channel> {
    return this.transaction(async (em) => {
      const repo = em.getRepository(Channel);
      if (await repo.getById(input.id)) {
        throw new Conflict('duplicate', 'This category is already registered', 'id');
      }
      return repo.add(repo.create({ id: input.id, type: input.type, size: 0 }));
    });
  }

  /**
   * Corrects a category's channel count, or changes its type while it holds no game (its
   * channels would otherwise sit under the wrong type).
   */
  async update(input: ChannelUpdateInput): Promise<Channel> {
    return this.transaction(async (em) => {
      const channel = await lockChannel(em, input.id);

      if (input.type !== undefined && input.type !== channel.type) {
        const games = await countLiveGames(em, channel.id);
        if (games > 0) {
          throw new Conflict('in_use', `The category holds ${games} game(s)`, 'type');
        }
        channel.type = input.type;
      }
      if (input.size !== undefined) {
        channel.size = input.size;
      }
      return channel;
    });
  }

  /** Retires a category that holds no game channel; otherwise refuses with `in_use`. */
  async delete(id: string): Promise<void> {
    await this.transaction(async (em) => {
      // Locked so a publish cannot pick it while it is being retired.
      const channel = await lockChannel(em, id);
      const games = await countLiveGames(em, channel.id);
      if (channel.size > 0 || games > 0) {
        throw new Conflict('in_use', 'The category still holds game channels', 'id');
      }
      await em.getRepository(Channel).delete(channel);
    });
  }
}
