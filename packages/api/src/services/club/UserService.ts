import type { FilterQuery } from '@mikro-orm/core';

import { containsPattern, Trophy, User, type Page, type UserTrophy } from '@questboard/db';

import { Forbidden } from '../../errors/index.js';
import type {
  UserListInput,
  UserPickInput,
  UserSetInactiveInput,
  UserSetRolesInput,
} from '../../schemas/index.js';
import { Service, type Actor } from '../Service.js';

/** A member's public profile: who they are and what they earned. */
export interface UserProfile {
  user: User;
  /** Their trophy case, trophies loaded, by trophy name. */
  trophies: UserTrophy[];
}

/** Members of the club: profiles for everyone, the member list and roles for admins. */
export class UserService extends Service {
  /** The signed-in member's own row, or null when anonymous or unknown. */
  async me(actor: Actor | null): Promise<User | null> {
    if (!actor) {
      return null;
    }
    return this.read((em) => em.getRepository(User).getById(actor.id));
  }

  /** A member with their trophy case. */
  async byId(id: string): Promise<UserProfile> {
    return this.read(async (em) => {
      const user = await em.getRepository(User).getByIdOr404(id);
      const trophies = await em.getRepository(Trophy).getUserTrophies(id);
      return { user, trophies };
    });
  }

  /** Members by name, searching name and username, optionally only those (not) playing. */
  async list(input: UserListInput): Promise<Page<User>> {
    return this.read(async (em) => {
      const where: FilterQuery<User>[] = [];
      const search = input.search?.trim();
      if (search) {
        const pattern = containsPattern(search);
        where.push({ $or: [{ name: { $ilike: pattern } }, { username: { $ilike: pattern } }] });
      }
      if (input.status !== 'all') {
        where.push({ notPlayerAsOf: input.status === 'inactive' ? { $ne: null } : null });
      }

      const { page, perPage } = input;
      const [items, total] = await em
        .getRepository(User)
        .findAndCount(
          { $and: where },
          { orderBy: { name: 'asc', id: 'asc' }, limit: perPage, offset: (page - 1) * perPage },
        );
      return { items, total, page, perPage, pages: Math.ceil(total / perPage) };
    });
  }

  /** Members still playing whose name or username contains `search`, by name. */
  async pick(input: UserPickInput): Promise<User[]> {
    return this.read(async (em) => {
      const pattern = containsPattern(input.search);
      return em.getRepository(User).find(
        {
          notPlayerAsOf: null,
          $or: [{ name: { $ilike: pattern } }, { username: { $ilike: pattern } }],
        },
        { orderBy: { name: 'asc', id: 'asc' }, limit: input.limit },
      );
    });
  }

  /**
   * Marks a member as no longer playing (they stay in history, leave the leaderboards and the
   * member pickers), or as playing again. Marking an already inactive member keeps their date
   * unless `asOf` is given.
   */
  async setInactive(input: UserSetInactiveInput): Promise<User> {
    return this.transaction(async (em) => {
      const user = await em.getRepository(User).getByIdOr404(input.id);
      if (!input.inactive) {
        user.notPlayerAsOf = null;
      } else if (input.asOf || !user.notPlayerAsOf) {
        user.notPlayerAsOf = input.asOf ?? new Date();
      }
      return user;
    });
  }

  /**
   * Grants or withdraws the GM and admin roles. An admin cannot withdraw their own admin
   * role, so the club always keeps one.
   */
  async setRoles(actor: Actor, input: UserSetRolesInput): Promise<User> {
    return this.transaction(async (em) => {
      const user = await em.getRepository(User).getByIdOr404(input.id);
      if (input.isAdmin === false && user.id === actor.id) {
        throw new Forbidden('You cannot withdraw your own admin role', 'own_admin_role');
      }

      if (input.isGm !== undefined) {
        user.isGm = input.isGm;
      }
      if (input.isAdmin !== undefined) {
        user.isAdmin = input.isAdmin;
      }
      this.logger.info({ userId: user.id, by: actor.id, ...input }, 'roles changed');
      return user;
    });
  }
}
