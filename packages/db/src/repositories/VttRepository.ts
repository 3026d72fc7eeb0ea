import type { Vtt } from '../entities/Vtt.js';
import { BaseRepository } from './BaseRepository.js';

export class VttRepository extends BaseRepository<Vtt> {
  protected override readonly searchColumns = ['name'];

  async getAllOrdered(): Promise<Vtt[]> {
    return this.findAll({ orderBy: { name: 'asc' } });
  }

  async getByName(name: string): Promise<Vtt | null> {
    return this.findOne({ name });
  }
}
