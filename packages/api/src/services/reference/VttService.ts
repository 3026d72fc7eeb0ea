import type { EntityManager } from '@mikro-orm/postgresql';

import { Vtt } from '@questboard/db';

import { CatalogService, type CatalogRepository } from './CatalogService.js';

/** The virtual tabletops games are played on. */
export class VttService extends CatalogService<Vtt> {
  protected readonly label = 'VTT';
  protected readonly usedBy = 'vtt';

  protected repository(em: EntityManager): CatalogRepository<Vtt> {
    return em.getRepository(Vtt);
  }
}
