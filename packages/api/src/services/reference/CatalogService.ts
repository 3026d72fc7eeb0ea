import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

import { Game, type System, type Vtt } from '@questboard/db';

import { Conflict } from '../../errors/index.js';
import type { ReferenceCreateInput, ReferenceUpdateInput } from '../../schemas/index.js';
import { Service } from '../Service.js';
import { blankToNull } from './blankToNull.js';

/** What the catalog needs of SystemRepository and VttRepository. */
export interface CatalogRepository<T> {
  getAllOrdered(): Promise<T[]>;
  getByName(name: string): Promise<T | null>;
  getByIdOr404(id: number): Promise<T>;
  create(data: { name: string; icon: string | null }): T;
  add(entity: T): Promise<T>;
  delete(entity: T): Promise<void>;
}

/**
 * A list of names games pick from (rule systems, VTTs): anyone reads it, admins keep it.
 * Names are unique; an entry is deleted only while no game uses it.
 */
export abstract class CatalogService<T extends System | Vtt> extends Service {
  /** How errors name the entity, e.g. `System`. */
  protected abstract readonly label: string;
  /** The Game relation that points at the entry. */
  protected abstract readonly usedBy: 'system' | 'vtt';

  protected abstract repository(em: EntityManager): CatalogRepository<T>;

  /** Every entry by name. */
  async list(): Promise<T[]> {
    return this.read((em) => this.repository(em).getAllOrdered());
  }

  /** A new entry; a taken name is refused as `name_taken`. */
  async create(input: ReferenceCreateInput): Promise<T> {
    return this.transaction(async (em) => {
      const repo = this.repository(em);
      await this.assertNameFree(repo, input.name, null);
      return repo.add(repo.create({ name: input.name, icon: blankToNull(input.icon) }));
    });
  }

  /** Renames an entry and/or changes its icon. */
  async update(input: ReferenceUpdateInput): Promise<T> {
    return this.transaction(async (em) => {
      const repo = this.repository(em);
      const entry = await repo.getByIdOr404(input.id);

      if (input.name !== undefined) {
        await this.assertNameFree(repo, input.name, entry.id);
        entry.name = input.name;
      }
      if (input.icon !== undefined) {
        entry.icon = blankToNull(input.icon);
      }
      return entry;
    });
  }

  /** Deletes an entry no game uses; otherwise refuses with `in_use`. */
  async delete(id: number): Promise<void> {
    await this.transaction(async (em) => {
      const repo = this.repository(em);
      const entry = await repo.getByIdOr404(id);

      // The row lock waits for games being written with this entry, so none slips in between.
      await em.lock(entry, LockMode.PESSIMISTIC_WRITE);
      const games = await em.count(Game, { [this.usedBy]: id });
      if (games > 0) {
        throw new Conflict('in_use', `${this.label} is used by ${games} game(s)`, 'id');
      }
      await repo.delete(entry);
    });
  }

  private async assertNameFree(
    repo: CatalogRepository<T>,
    name: string,
    selfId: number | null,
  ): Promise<void> {
    const holder = await repo.getByName(name);
    if (holder && holder.id !== selfId) {
      throw new Conflict('name_taken', `${this.label} "${name}" already exists`, 'name');
    }
  }
}
