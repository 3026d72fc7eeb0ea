import { initTRPC } from '@trpc/server';
import superjson from 'superjson';

import type { Context } from './createContext.js';
import { Forbidden, toDomainError, toTRPCError, Unauthorized } from './errors/index.js';
import { INTERNAL_MESSAGE } from './errors/toTRPCError.js';
import { refuseNulCharacters } from './refuseNulCharacters.js';

const t = initTRPC.context<Context>().create({
  transformer: superjson,
  isDev: false,
  errorFormatter({ shape, error }) {
    const domain = toDomainError(error.cause);
    const internal = error.code === 'INTERNAL_SERVER_ERROR';
    const { stack: _stack, ...data } = shape.data as typeof shape.data & { stack?: string };

    return {
      ...shape,
      message: internal ? INTERNAL_MESSAGE : shape.message,
      data: {
        ...data,
        reason: internal ? null : (domain?.reason ?? null),
        field: internal ? null : (domain?.field ?? null),
      },
    };
  },
});

/**
 * Maps whatever a procedure (or its input parser) threw to the tRPC error the client sees,
 * and logs unexpected failures with the request id. Runs first on every procedure.
 */
const mapErrors = t.middleware(async ({ ctx, path, type, next }) => {
  const result = await next();
  if (result.ok) {
    return result;
  }

  const error = toTRPCError(result.error);
  if (error.code === 'INTERNAL_SERVER_ERROR') {
    ctx.logger.error({ err: error.cause, path, type }, 'procedure failed unexpectedly');
  }
  throw error;
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/** Refuses NUL characters anywhere in the input before any schema or query sees it. */
const guardInput = t.middleware(async ({ getRawInput, next }) => {
  refuseNulCharacters(await getRawInput());
  return next();
});

/** Anyone, signed in or not. */
export const publicProcedure = t.procedure.use(mapErrors).use(guardInput);

/** A signed-in member; `ctx.user` is non-null. */
export const authedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.user) {
    throw new Unauthorized();
  }
  return next({ ctx: { ...ctx, user: ctx.user } });
});

/** A GM (admins count as GMs). Ownership of a game is checked by the service. */
export const gmProcedure = authedProcedure.use(({ ctx, next }) => {
  if (!ctx.user.isGm && !ctx.user.isAdmin) {
    throw new Forbidden('Only game masters can do this', 'not_gm');
  }
  return next();
});

/** An admin of the club. */
export const adminProcedure = authedProcedure.use(({ ctx, next }) => {
  if (!ctx.user.isAdmin) {
    throw new Forbidden('Only admins can do this', 'not_admin');
  }
  return next();
});
