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
