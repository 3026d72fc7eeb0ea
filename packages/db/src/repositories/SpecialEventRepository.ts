import type { SpecialEvent } from '../entities/SpecialEvent.js';
import { BaseRepository } from './BaseRepository.js';

export class SpecialEventRepository extends BaseRepository<SpecialEvent> {
  protected override readonly searchColumns = ['name'];

  /** Every special event by name, or only the active ones. */
  override async getAll(activeOnly = false): Promise<SpecialEvent[]> {
    return this.find(activeOnly ? { active: true } : {}, { orderBy: { name: 'asc' } });
  }

  async getActive(): Promise<SpecialEvent[]> {
    return this.getAll(true);
  }

  async getByName(name: string): Promise<SpecialEvent | null> {
    return this.findOne({ name });
  }
}
