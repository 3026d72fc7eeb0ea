import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

import { GAME_TYPE_TROPHIES, Trophy, User, UserTrophy, type LeaderboardRow } from '@questboard/db';

import { Conflict, InvalidInput, NotFound } from '../../errors/index.js';
import type {
  TrophyAdjustInput,
  TrophyAwardInput,
  TrophyCreateInput,
  TrophyUpdateInput,
} from '../../schemas/index.js';
import { Service } from '../Service.js';
import { blankToNull } from './blankToNull.js';

/** Trophies archive finds by name: renaming one would make archive create a new one. */
const ARCHIVE_TROPHIES = new Set(
  Object.values(GAME_TYPE_TROPHIES).flatMap((names) => [names.gm, names.player]),
);

/** A member's holding of one trophy after an award or an adjustment. */
export interface TrophyHolding {
  userId: string;
  trophyId: number;
  /** 0 when the member no longer holds it. */
  quantity: number;
}

/** Trophies, their leaderboards and members' trophy cases; admins award and correct them. */
export class TrophyService extends Service {
  /** Every trophy by name. */
  async list(): Promise<Trophy[]> {
    return this.read((em) => em.getRepository(Trophy).findAll({ orderBy: { name: 'asc' } }));
  }

  /** The members with the most of a trophy; members who left the club are not ranked. */
  async leaderboard(
    trophyId: number,
    limit: number,
  ): Promise<{ trophy: Trophy; rows: LeaderboardRow[] }> {
    return this.read(async (em) => {
      const repo = em.getRepository(Trophy);
      const trophy = await repo.getByIdOr404(trophyId);
      return { trophy, rows: await repo.getLeaderboard(trophyId, limit) };
    });
  }

  /** A member's trophy case, trophies loaded, by trophy name. */
  async forUser(userId: string): Promise<UserTrophy[]> {
    return this.read(async (em) => {
      await em.getRepository(User).getByIdOr404(userId);
      return em.getRepository(Trophy).getUserTrophies(userId);
    });
  }

  /** A new trophy; a taken name is refused as `name_taken`. */
  async create(input: TrophyCreateInput): Promise<Trophy> {
    return this.transaction(async (em) => {
      const repo = em.getRepository(Trophy);
      await this.assertNameFree(em, input.name, null);
      const trophy = repo.create({
        name: input.name,
        icon: blankToNull(input.icon),
        unique: input.unique,
      });
      return repo.add(trophy);
    });
  }

  /**
   * Renames a trophy or changes its icon or unique flag. It cannot become unique while a member
   * holds more than one, and the trophies archive awards keep their names.
   */
  async update(input: TrophyUpdateInput): Promise<Trophy> {
    return this.transaction(async (em) => {
      const trophy = await lockTrophy(em, input.id);

      if (input.name !== undefined && input.name !== trophy.name) {
        if (ARCHIVE_TROPHIES.has(trophy.name)) {
          throw new Conflict('in_use', 'Archiving games awards this trophy by its name', 'name');
        }
        await this.assertNameFree(em, input.name, trophy.id);
        trophy.name = input.name;
      }
      if (input.icon !== undefined) {
        trophy.icon = blankToNull(input.icon);
      }
      if (input.unique === true && !trophy.unique) {
        const many = await em.count(UserTrophy, { trophy: trophy.id, quantity: { $gt: 1 } });
        if (many > 0) {
          throw new Conflict('in_use', `${many} member(s) hold it more than once`, 'unique');
        }
      }
      if (input.unique !== undefined) {
        trophy.unique = input.unique;
      }
      return trophy;
    });
  }

  /** Deletes a trophy nobody holds; otherwise refuses with `in_use`. */
  async delete(id: number): Promise<void> {
    await this.transaction(async (em) => {
      // Locked so no award lands between the count and the delete.
      const trophy = await lockTrophy(em, id);
      const holders = await em.count(UserTrophy, { trophy: id });
      if (holders > 0) {
        throw new Conflict('in_use', `${holders} member(s) hold this trophy`, 'id');
      }
      await em.getRepository(Trophy).delete(trophy);
    });
  }

  /** Gives a member `amount` more of a trophy in one atomic upsert; a unique one stays at 1. */
  async award(input: TrophyAwardInput): Promise<TrophyHolding> {
    return this.transaction(async (em) => {
      await em.getRepository(User).getByIdOr404(input.userId);

      // awardTrophy reports a missing trophy itself (NotFoundError), so no lookup first.
      const quantity = await em
        .getRepository(Trophy)
        .awardTrophy(input.userId, input.trophyId, input.amount);
      this.logger.info({ ...input, quantity }, 'trophy awarded by hand');
      return { userId: input.userId, trophyId: input.trophyId, quantity };
    });
  }

  /** Sets a member's quantity by hand; 0 takes the trophy away. A unique trophy holds 1. */
  async adjust(input: TrophyAdjustInput): Promise<TrophyHolding> {
    return this.transaction(async (em) => {
      await em.getRepository(User).getByIdOr404(input.userId);
      const trophy = await lockTrophy(em, input.trophyId);
      if (trophy.unique && input.quantity > 1) {
        throw new InvalidInput('quantity', 'A unique trophy is held at most once', 'out_of_range');
      }

      const key = { user: input.userId, trophy: input.trophyId };
      if (input.quantity === 0) {
        await em.nativeDelete(UserTrophy, key);
      } else {
        await em.upsert(UserTrophy, { ...key, quantity: input.quantity });
      }
      this.logger.info({ ...input }, 'trophy quantity set by hand');
      return { userId: input.userId, trophyId: input.trophyId, quantity: input.quantity };
    });
  }

  private async assertNameFree(em: EntityManager, name: string, selfId: number | null) {
    const holder = await em.getRepository(Trophy).findOne({ name });
    if (holder && holder.id !== selfId) {
      throw new Conflict('name_taken', `Trophy "${name}" already exists`, 'name');
    }
  }
}

/** The trophy read under a row lock (awards take a key-share lock on it and wait). */
async function lockTrophy(em: EntityManager, id: number): Promise<Trophy> {
  const trophy = await em
    .getRepository(Trophy)
    .findOne({ id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!trophy) {
    throw new NotFound('Trophy', id);
  }
  return trophy;
}
