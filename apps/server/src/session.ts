import type { FastifyReply, FastifyRequest } from 'fastify';

import { User, type MikroORM } from '@questboard/db';

/** Name of the signed session cookie. */
export const SESSION_COOKIE = 'qb_session';

/** A session lasts this long after sign-in; the cookie and the signed timestamp both expire. */
export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

/** The signed-in member as the API sees them. */
export interface SessionUser {
  id: string;
  name: string;
  username: string | null;
  isGm: boolean;
  isAdmin: boolean;
  /** False once the member left the club: still signed in, no longer counted as a player. */
  isPlayer: boolean;
}

/** Signs the user in: a signed, HttpOnly, SameSite=Lax cookie with the id and the sign-in time. */
export function setSession(reply: FastifyReply, userId: string, secure: boolean): void {
  const issuedAt = Math.floor(Date.now() / 1000);
  reply.setCookie(SESSION_COOKIE, `${userId}.${issuedAt}`, {
    signed: true,
    httpOnly: true,
    sameSite: 'lax',
    secure,
    path: '/',
    maxAge: SESSION_MAX_AGE_SECONDS,
  });
}

export function clearSession(reply: FastifyReply, secure: boolean): void {
  reply.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure, path: '/' });
}

/** The user id in a valid, unexpired session cookie, or null. */
export function readSessionUserId(request: FastifyRequest): string | null {
  const raw = request.cookies[SESSION_COOKIE];
  if (!raw) return null;

  const { valid, value } = request.unsignCookie(raw);
  if (!valid || !value) return null;

  const match = /^(\d{17,21})\.(\d+)$/.exec(value);
  if (!match) return null;
  const age = Date.now() / 1000 - Number(match[2]);
  return age >= 0 && age <= SESSION_MAX_AGE_SECONDS ? match[1]! : null;
}

/** Loads the session's user row (one query); null when anonymous or the user is gone. */
export async function loadSessionUser(
  request: FastifyRequest,
  orm: MikroORM,
): Promise<SessionUser | null> {
  const userId = readSessionUserId(request);
  if (!userId) return null;

  const user = await orm.em.fork().findOne(User, { id: userId });
  return user ? toSessionUser(user) : null;
}

export function toSessionUser(user: User): SessionUser {
  return {
    id: user.id,
    name: user.name,
    username: user.username,
    isGm: user.isGm,
    isAdmin: user.isAdmin,
    isPlayer: user.notPlayerAsOf === null,
  };
}
