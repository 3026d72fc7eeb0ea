import { EntitySchema, type EntityRepositoryType } from '@mikro-orm/core';

import { GameSessionRepository } from '../repositories/GameSessionRepository.js';
import { Game } from './Game.js';

/** One sitting of a game, on the calendar. */
export class GameSession {
  declare [EntityRepositoryType]?: GameSessionRepository;

  id!: number;
  game!: Game;
  start!: Date;
  end!: Date;
}

export const GameSessionSchema = new EntitySchema<GameSession>({
  class: GameSession,
  tableName: 'game_session',
  repository: () => GameSessionRepository,
  checks: [{ name: 'game_session_end_after_start', expression: '"end" > "start"' }],
  indexes: [
    { name: 'game_session_game_start_idx', properties: ['game', 'start'] },
    { name: 'game_session_start_end_idx', properties: ['start', 'end'] },
  ],
  properties: {
    id: { type: 'integer', primary: true, autoincrement: true },
    game: { kind: 'm:1', entity: () => Game, deleteRule: 'cascade' },
    start: { type: 'Date' },
    end: { type: 'Date' },
  },
});
