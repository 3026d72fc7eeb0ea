export { appRouter, type AppRouter } from './routers/_app.js';
export { createContext, type Context, type CreateContextOptions } from './createContext.js';
export {
  adminProcedure,
  authedProcedure,
  createCallerFactory,
  gmProcedure,
  publicProcedure,
  router,
} from './trpc.js';
export * from './errors/index.js';
export { createServices, type Services } from './services/createServices.js';
export { Service, type Actor, type ServiceDeps } from './services/Service.js';
export { GameService, type GamePage, type MyGames } from './services/games/GameService.js';
export { GameLifecycleService } from './services/games/GameLifecycleService.js';
export { RegistrationService } from './services/games/RegistrationService.js';
export {
  SessionService,
  type SessionClash,
  type SessionResult,
} from './services/games/SessionService.js';
export { slugBase, slugify } from './services/games/slug.js';
export type * from './dto/gameDto.js';
export type * from './dto/sessionDto.js';
export { CatalogService } from './services/reference/CatalogService.js';
export { ChannelService } from './services/reference/ChannelService.js';
export { SpecialEventService } from './services/reference/SpecialEventService.js';
export { SystemService } from './services/reference/SystemService.js';
export { TrophyService, type TrophyHolding } from './services/reference/TrophyService.js';
export { VttService } from './services/reference/VttService.js';
export { AuditLogService } from './services/club/AuditLogService.js';
export { StatsService } from './services/club/StatsService.js';
export { UserService, type UserProfile } from './services/club/UserService.js';
export type * from './dto/eventDto.js';
export type * from './dto/referenceDto.js';
export type * from './dto/statsDto.js';
export type * from './dto/trophyDto.js';
export type * from './dto/userDto.js';
export {
  enqueueDiscord,
  OUTBOX_KINDS,
  type GameDeletePayload,
  type MemberPayload,
  type OutboxKind,
} from './outbox/enqueue.js';
export { OutboxWorker, type OutboxWorkerOptions } from './outbox/OutboxWorker.js';
export {
  DEFAULT_OUTBOX_CONFIG,
  resolveOutboxConfig,
  type OutboxConfig,
} from './outbox/outboxConfig.js';
