import type { System } from '../entities/System.js';
import { BaseRepository } from './BaseRepository.js';

export class SystemRepository extends BaseRepository<System> {
  protected override readonly searchColumns = ['name'];

  async getAllOrdered(): Promise<System[]> {
    return this.findAll({ orderBy: { name: 'asc' } });
  }

  async getByName(name: string): Promise<System | null> {
    return this.findOne({ name });
  }
}
