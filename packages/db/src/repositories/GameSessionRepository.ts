import type { GameSession } from '../entities/GameSession.js';
import { Registration } from '../entities/Registration.js';
import { BaseRepository } from './BaseRepository.js';

export class GameSessionRepository extends BaseRepository<GameSession> {
  /** Sessions with start ≥ `start` and end ≤ `end` (both bounds inclusive), with their game. */
  async findInRange(start: Date, end: Date): Promise<GameSession[]> {
    // A session starts before it ends, so its start is ≤ `end` too: saying so bounds the
    // (start, end) index scan on both sides instead of reading every later session.
    return this.find(
      { start: { $gte: start, $lte: end }, end: { $lte: end } },
      { populate: ['game'], orderBy: { start: 'asc', id: 'asc' } },
    );
  }

  /**
   * Sessions of the game overlapping [start, end). Touching ends do not overlap.
   * `excludeSessionId` leaves out the session being moved.
   */
  async findConflicts(
    gameId: number,
    start: Date,
    end: Date,
    excludeSessionId?: number,
  ): Promise<GameSession[]> {
    return this.find(
      {
        game: gameId,
        start: { $lt: end },
        end: { $gt: start },
        ...(excludeSessionId === undefined ? {} : { id: { $ne: excludeSessionId } }),
      },
      { orderBy: { start: 'asc' } },
    );
  }

  /** Sessions in range of the games the user runs or plays in, with their game. */
  async findForUser(userId: string, start: Date, end: Date): Promise<GameSession[]> {
    const played = this.em
      .createQueryBuilder(Registration, 'reg')
      .select('reg.game_id')
      .where({ user: userId })
      .getKnexQuery();

    return this.find(
      {
        start: { $gte: start },
        end: { $lte: end },
        $or: [{ game: { gm: userId } }, { game: { $in: played } }],
      } as never,
      { populate: ['game'], orderBy: { start: 'asc', id: 'asc' } },
    );
  }
}
