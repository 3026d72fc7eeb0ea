import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

import { Game, SpecialEvent } from '@questboard/db';

import { Conflict } from '../../errors/index.js';
import type { SpecialEventCreateInput, SpecialEventUpdateInput } from '../../schemas/index.js';
import { Service } from '../Service.js';
import { blankToNull } from './blankToNull.js';

/** Themed events that group games; anyone reads them, admins keep them. */
export class SpecialEventService extends Service {
  /** Every event by name, or only the active ones (those the game form offers). */
  async list(activeOnly: boolean): Promise<SpecialEvent[]> {
    return this.read((em) => em.getRepository(SpecialEvent).getAll(activeOnly));
  }

  async byId(id: number): Promise<SpecialEvent> {
    return this.read((em) => em.getRepository(SpecialEvent).getByIdOr404(id));
  }

  /** A new event; a taken name is refused as `name_taken`. */
  async create(input: SpecialEventCreateInput): Promise<SpecialEvent> {
    return this.transaction(async (em) => {
      const repo = em.getRepository(SpecialEvent);
      await this.assertNameFree(em, input.name, null);
      const event = repo.create({
        name: input.name,
        emoji: blankToNull(input.emoji),
        color: input.color,
        active: input.active,
      });
      return repo.add(event);
    });
  }

  /** Changes the fields named. */
  async update(input: SpecialEventUpdateInput): Promise<SpecialEvent> {
    return this.transaction(async (em) => {
      const event = await em.getRepository(SpecialEvent).getByIdOr404(input.id);

      if (input.name !== undefined) {
        await this.assertNameFree(em, input.name, event.id);
        event.name = input.name;
      }
      if (input.emoji !== undefined) {
        event.emoji = blankToNull(input.emoji);
      }
      if (input.color !== undefined) {
        event.color = input.color;
      }
      if (input.active !== undefined) {
        event.active = input.active;
      }
      return event;
    });
  }

  /**
   * Deletes an event no game belongs to. One that games use is refused with `in_use`: the
   * admin deactivates it instead, so past games keep their badge.
   */
  async delete(id: number): Promise<void> {
    await this.transaction(async (em) => {
      const repo = em.getRepository(SpecialEvent);
      const event = await repo.getByIdOr404(id);

      // The row lock waits for games being written with this event, so none slips in between.
      await em.lock(event, LockMode.PESSIMISTIC_WRITE);
      const games = await em.count(Game, { specialEvent: id });
      if (games > 0) {
        throw new Conflict('in_use', `The special event has ${games} game(s)`, 'id');
      }
      await repo.delete(event);
    });
  }

  private async assertNameFree(em: EntityManager, name: string, selfId: number | null) {
    const holder = await em.getRepository(SpecialEvent).getByName(name);
    if (holder && holder.id !== selfId) {
      throw new Conflict('name_taken', `Special event "${name}" already exists`, 'name');
    }
  }
}
