import type { GameEventAction } from '../entities/enums.js';
import { Game } from '../entities/Game.js';
import type { GameEvent } from '../entities/GameEvent.js';
import { User } from '../entities/User.js';
import { BaseRepository } from './BaseRepository.js';

export class GameEventRepository extends BaseRepository<GameEvent> {
  protected override readonly searchColumns = ['description', 'action'];

  /** Writes one audit line for a game and flushes it. */
  async log(
    action: GameEventAction,
    gameId: number,
    description?: string | null,
    userId?: string | null,
  ): Promise<GameEvent> {
    const event = this.create({
      action,
      game: this.em.getReference(Game, gameId),
      description: description ?? null,
      user: userId ? this.em.getReference(User, userId) : null,
    });
    return this.add(event);
  }

  /** The newest events first. */
  async getRecent(limit = 200): Promise<GameEvent[]> {
    return this.findAll({ orderBy: { timestamp: 'desc', id: 'desc' }, limit });
  }
}
