import { EntitySchema, type EntityRepositoryType, type Opt } from '@mikro-orm/core';

import { ChannelRepository } from '../repositories/ChannelRepository.js';
import { GAME_TYPES, SNOWFLAKE_PATTERN, sqlList, type GameType } from './enums.js';

/** A Discord category that holds the text channels of one type of game. */
export class Channel {
  declare [EntityRepositoryType]?: ChannelRepository;

  /** The category's Discord snowflake. */
  id!: string;
  type!: GameType;
  /** How many game channels the category holds. */
  size: Opt<number> = 0;
}

export const ChannelSchema = new EntitySchema<Channel>({
  class: Channel,
  tableName: 'channel',
  repository: () => ChannelRepository,
  checks: [
    { name: 'channel_id_snowflake', expression: `id ~ '${SNOWFLAKE_PATTERN}'` },
    { name: 'channel_type_check', expression: `type in (${sqlList(GAME_TYPES)})` },
    { name: 'channel_size_check', expression: 'size >= 0' },
  ],
  indexes: [{ name: 'channel_type_size_idx', properties: ['type', 'size'] }],
  properties: {
    id: { type: 'string', primary: true, length: 21 },
    type: { type: 'string', length: 16 },
    size: { type: 'integer', default: 0 },
  },
});
