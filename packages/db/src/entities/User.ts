import { EntitySchema, type EntityRepositoryType, type Opt } from '@mikro-orm/core';

import { UserRepository } from '../repositories/UserRepository.js';
import { SNOWFLAKE_PATTERN } from './enums.js';

/** A member of the club's Discord guild. The id is their Discord snowflake. */
export class User {
  declare [EntityRepositoryType]?: UserRepository;

  id!: string;
  name!: string;
  username: string | null = null;
  /** Set when the member left the club; they stay in history but stop counting as a player. */
  notPlayerAsOf: Date | null = null;
  isGm: Opt<boolean> = false;
  isAdmin: Opt<boolean> = false;
  createdAt: Opt<Date> = new Date();
}

export const UserSchema = new EntitySchema<User>({
  class: User,
  tableName: 'user',
  repository: () => UserRepository,
  checks: [{ name: 'user_id_snowflake', expression: `id ~ '${SNOWFLAKE_PATTERN}'` }],
  properties: {
    id: { type: 'string', primary: true, length: 21 },
    name: { type: 'string', length: 100 },
    username: { type: 'string', length: 100, nullable: true },
    notPlayerAsOf: { type: 'Date', nullable: true, index: 'user_not_player_as_of_idx' },
    isGm: { type: 'boolean', default: false },
    isAdmin: { type: 'boolean', default: false },
    createdAt: { type: 'Date', defaultRaw: 'now()' },
  },
});
