import type { Logger } from 'pino';

import type { ServiceDeps } from './Service.js';

/** Every service of the API, sharing one ORM; each method forks its own EntityManager. */
export interface Services {
  logger: Logger;
}

/** Builds the services for a request, a CLI or a job. Holds no EntityManager. */
export function createServices(deps: ServiceDeps): Services {
  return { logger: deps.logger };
}
