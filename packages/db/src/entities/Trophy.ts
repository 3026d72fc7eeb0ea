import { EntitySchema, type EntityRepositoryType, type Opt } from '@mikro-orm/core';

import { TrophyRepository } from '../repositories/TrophyRepository.js';

/** Something a member earns: playing a one-shot, running a campaign… */
export class Trophy {
  declare [EntityRepositoryType]?: TrophyRepository;

  id!: number;
  name!: string;
  /** Earned at most once per member. */
  unique: Opt<boolean> = false;
  icon: string | null = null;
}

export const TrophySchema = new EntitySchema<Trophy>({
  class: Trophy,
  tableName: 'trophy',
  repository: () => TrophyRepository,
  properties: {
    id: { type: 'integer', primary: true, autoincrement: true },
    name: { type: 'string', length: 64, unique: 'trophy_name_unique' },
    unique: { type: 'boolean', default: false },
    icon: { type: 'string', length: 500, nullable: true },
  },
});
