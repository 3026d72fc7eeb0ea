import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';

import { hasEnqueued } from '../outbox/enqueue.js';

/** The signed-in member a service acts for. */
export interface Actor {
  id: string;
  isGm: boolean;
  isAdmin: boolean;
}

export interface ServiceDeps {
  orm: MikroORM;
  logger: Logger;
  /** Called after a commit that recorded outbox actions (the server wakes the OutboxWorker). */
  onCommit?: () => void;
}

/**
 * Base of every service. Each public method is one unit of work: `transaction` gives it a
 * fresh fork of the EntityManager and one database transaction that commits once at the end.
 */
export abstract class Service {
  /** The request's logger, tagged with the service's name. */
  protected readonly logger: Logger;

  constructor(protected readonly deps: ServiceDeps) {
    this.logger = deps.logger.child({ service: new.target.name });
  }

  /**
   * Runs `work` in one transaction on a new fork; any throw rolls all of it back. After the
   * commit, wakes the outbox worker if the work recorded Discord actions.
   */
  protected async transaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    const em = this.deps.orm.em.fork();
    let enqueued = false;

    const result = await em.transactional(async (tx) => {
      const value = await work(tx);
      await tx.flush();
      enqueued = hasEnqueued(tx);
      return value;
    });

    if (enqueued) {
      this.deps.onCommit?.();
    }
    return result;
  }

  /** Read-only work on a new fork, outside any transaction. */
  protected async read<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return work(this.deps.orm.em.fork());
  }
}
