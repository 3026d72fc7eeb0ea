import { EntitySchema, type EntityRepositoryType } from '@mikro-orm/core';

import { VttRepository } from '../repositories/VttRepository.js';

/** A virtual tabletop a game is played on (Foundry, Roll20…). */
export class Vtt {
  declare [EntityRepositoryType]?: VttRepository;

  id!: number;
  name!: string;
  icon: string | null = null;
}

export const VttSchema = new EntitySchema<Vtt>({
  class: Vtt,
  tableName: 'vtt',
  repository: () => VttRepository,
  properties: {
    id: { type: 'integer', primary: true, autoincrement: true },
    name: { type: 'string', length: 100, unique: 'vtt_name_unique' },
    icon: { type: 'string', length: 500, nullable: true },
  },
});
