import { EntitySchema, type EntityRepositoryType } from '@mikro-orm/core';

import { SystemRepository } from '../repositories/SystemRepository.js';

/** A rule system a game is played with (D&D 5e, Call of Cthulhu…). */
export class System {
  declare [EntityRepositoryType]?: SystemRepository;

  id!: number;
  name!: string;
  icon: string | null = null;
}

export const SystemSchema = new EntitySchema<System>({
  class: System,
  tableName: 'system',
  repository: () => SystemRepository,
  properties: {
    id: { type: 'integer', primary: true, autoincrement: true },
    name: { type: 'string', length: 100, unique: 'system_name_unique' },
    icon: { type: 'string', length: 500, nullable: true },
  },
});
