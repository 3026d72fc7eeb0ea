import { GameLifecycleService } from './games/GameLifecycleService.js';
import { GameService } from './games/GameService.js';
import { RegistrationService } from './games/RegistrationService.js';
import { SessionService } from './games/SessionService.js';
import type { ServiceDeps } from './Service.js';

/** Every service of the API, sharing one ORM; each method forks its own EntityManager. */
export interface Services {
  games: GameService;
  lifecycle: GameLifecycleService;
  registrations: RegistrationService;
  sessions: SessionService;
}

/** Builds the services for a request, a CLI or a job. Holds no EntityManager. */
export function createServices(deps: ServiceDeps): Services {
  return {
    games: new GameService(deps),
    lifecycle: new GameLifecycleService(deps),
    registrations: new RegistrationService(deps),
    sessions: new SessionService(deps),
  };
}
