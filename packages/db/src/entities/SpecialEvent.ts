import { EntitySchema, type EntityRepositoryType, type Opt } from '@mikro-orm/core';

import { SpecialEventRepository } from '../repositories/SpecialEventRepository.js';

/** A themed event that groups games: a Halloween week, a convention. */
export class SpecialEvent {
  declare [EntityRepositoryType]?: SpecialEventRepository;

  id!: number;
  name!: string;
  emoji: string | null = null;
  /** An RGB colour, 0 to 0xFFFFFF, as Discord embeds take it. */
  color: Opt<number> = 0;
  active: Opt<boolean> = false;
}

export const SpecialEventSchema = new EntitySchema<SpecialEvent>({
  class: SpecialEvent,
  tableName: 'special_event',
  repository: () => SpecialEventRepository,
  checks: [{ name: 'special_event_color_check', expression: 'color between 0 and 16777215' }],
  properties: {
    id: { type: 'integer', primary: true, autoincrement: true },
    name: { type: 'string', length: 100, unique: 'special_event_name_unique' },
    emoji: { type: 'string', length: 64, nullable: true },
    color: { type: 'integer', default: 0 },
    active: { type: 'boolean', default: false },
  },
});
