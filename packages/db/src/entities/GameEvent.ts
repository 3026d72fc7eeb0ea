import { EntitySchema, type EntityRepositoryType, type Opt } from '@mikro-orm/core';

import { GameEventRepository } from '../repositories/GameEventRepository.js';
import { GAME_EVENT_ACTIONS, sqlList, type GameEventAction } from './enums.js';
import { Game } from './Game.js';
import { User } from './User.js';

/** One line of a game's audit log. */
export class GameEvent {
  declare [EntityRepositoryType]?: GameEventRepository;

  id!: number;
  timestamp: Opt<Date> = new Date();
  action!: GameEventAction;
  game!: Game;
  description: string | null = null;
  /** Who did it; null for the system itself. */
  user: User | null = null;
}

export const GameEventSchema = new EntitySchema<GameEvent>({
  class: GameEvent,
  tableName: 'game_event',
  repository: () => GameEventRepository,
  checks: [
    { name: 'game_event_action_check', expression: `action in (${sqlList(GAME_EVENT_ACTIONS)})` },
  ],
  indexes: [
    { name: 'game_event_timestamp_idx', properties: ['timestamp'] },
    { name: 'game_event_game_idx', properties: ['game'] },
  ],
  properties: {
    id: { type: 'integer', primary: true, autoincrement: true },
    timestamp: { type: 'Date', defaultRaw: 'now()' },
    action: { type: 'string', length: 16 },
    game: { kind: 'm:1', entity: () => Game, deleteRule: 'cascade' },
    description: { type: 'text', nullable: true },
    user: {
      kind: 'm:1',
      entity: () => User,
      nullable: true,
      deleteRule: 'set null',
      index: 'game_event_user_idx',
    },
  },
});
