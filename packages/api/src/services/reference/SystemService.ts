import type { EntityManager } from '@mikro-orm/postgresql';

import { System } from '@questboard/db';

import { CatalogService, type CatalogRepository } from './CatalogService.js';

/** The rule systems games are played with. */
export class SystemService extends CatalogService<System> {
  protected readonly label = 'System';
  protected readonly usedBy = 'system';

  protected repository(em: EntityManager): CatalogRepository<System> {
    return em.getRepository(System);
  }
}
