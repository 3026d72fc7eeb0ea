import { OutboxService } from '../outbox/OutboxService.js';
import { AuditLogService } from './club/AuditLogService.js';
import { StatsService } from './club/StatsService.js';
import { UserService } from './club/UserService.js';
import { GameLifecycleService } from './games/GameLifecycleService.js';
import { GameService } from './games/GameService.js';
import { RegistrationService } from './games/RegistrationService.js';
import { SessionService } from './games/SessionService.js';
import { ChannelService } from './reference/ChannelService.js';
import { SpecialEventService } from './reference/SpecialEventService.js';
import { SystemService } from './reference/SystemService.js';
import { TrophyService } from './reference/TrophyService.js';
import { VttService } from './reference/VttService.js';
import type { ServiceDeps } from './Service.js';

/** Every service of the API, sharing one ORM; each method forks its own EntityManager. */
export interface Services {
  games: GameService;
  lifecycle: GameLifecycleService;
  registrations: RegistrationService;
  sessions: SessionService;
  systems: SystemService;
  vtts: VttService;
  specialEvents: SpecialEventService;
  channels: ChannelService;
  trophies: TrophyService;
  users: UserService;
  events: AuditLogService;
  stats: StatsService;
  outbox: OutboxService;
}

/** Builds the services for a request, a CLI or a job. Holds no EntityManager. */
export function createServices(deps: ServiceDeps): Services {
  return {
    games: new GameService(deps),
    lifecycle: new GameLifecycleService(deps),
    registrations: new RegistrationService(deps),
    sessions: new SessionService(deps),
    systems: new SystemService(deps),
    vtts: new VttService(deps),
    specialEvents: new SpecialEventService(deps),
    channels: new ChannelService(deps),
    trophies: new TrophyService(deps),
    users: new UserService(deps),
    events: new AuditLogService(deps),
    stats: new StatsService(deps),
    outbox: new OutboxService(deps),
  };
}
