import type { EntityManager } from '@mikro-orm/core';
import { Seeder } from '@mikro-orm/seeder';

import { Channel } from '../entities/Channel.js';
import { System } from '../entities/System.js';
import { Trophy } from '../entities/Trophy.js';
import { Vtt } from '../entities/Vtt.js';
import {
  REFERENCE_CATEGORIES,
  REFERENCE_SYSTEMS,
  REFERENCE_TROPHIES,
  REFERENCE_VTTS,
} from './referenceData.js';

/** What seeders accept as context. */
export interface SeedContext {
  /** Told a line about each step, for a progress display. */
  onProgress?: (message: string) => void;
}

/**
 * Reference data every club needs: rule systems, VTTs, trophies and the Discord categories.
 * Idempotent: rows are matched by name (categories by id) and only missing ones are created,
 * so running it again adds nothing and edits nothing an admin changed.
 */
export class ReferenceSeeder extends Seeder<SeedContext> {
  override async run(em: EntityManager, context: SeedContext = {}): Promise<void> {
    const progress = context.onProgress ?? (() => undefined);

    const systems = addMissing(REFERENCE_SYSTEMS, await em.find(System, {}), (row) =>
      em.create(System, row),
    );
    await em.flush();
    progress(`systems: ${systems} added`);

    const vtts = addMissing(REFERENCE_VTTS, await em.find(Vtt, {}), (row) => em.create(Vtt, row));
    await em.flush();
    progress(`vtts: ${vtts} added`);

    const trophies = addMissing(REFERENCE_TROPHIES, await em.find(Trophy, {}), (row) =>
      em.create(Trophy, row),
    );
    await em.flush();
    progress(`trophies: ${trophies} added`);

    const known = new Set((await em.find(Channel, {})).map((channel) => channel.id));
    const categories = REFERENCE_CATEGORIES.filter((category) => !known.has(category.id));
    for (const category of categories) {
      em.create(Channel, { ...category, size: 0 });
    }
    await em.flush();
    progress(`categories: ${categories.length} added`);
  }
}

/** Creates the rows whose name is not taken yet; returns how many. */
function addMissing<Row extends { name: string }>(
  rows: readonly Row[],
  existing: readonly { name: string }[],
  create: (row: Row) => unknown,
): number {
  const names = new Set(existing.map((row) => row.name));
  const missing = rows.filter((row) => !names.has(row.name));
  missing.forEach(create);
  return missing.length;
}
