import type { CalendarSession } from '@questboard/db';

import type { SessionClash, SessionResult } from '../services/games/SessionService.js';

/** A session on the calendar, with the game it belongs to. */
export interface CalendarSessionDto {
  id: number;
  start: Date;
  end: Date;
  game: { id: number; slug: string; name: string; type: string; status: string };
}

/** Another game's session that overlaps for someone at this table. */
export interface SessionWarningDto {
  userId: string;
  sessionId: number;
  start: Date;
  end: Date;
  game: { id: number; slug: string; name: string };
}

/** A written session and the clashes it makes elsewhere (warnings, not refusals). */
export interface SessionResultDto {
  session: { id: number; gameId: number; start: Date; end: Date };
  warnings: SessionWarningDto[];
}

/** A calendar entry, copied field by field so the answer never carries more. */
export function toCalendarSession(session: CalendarSession): CalendarSessionDto {
  const { game } = session;
  return {
    id: session.id,
    start: session.start,
    end: session.end,
    game: { id: game.id, slug: game.slug, name: game.name, type: game.type, status: game.status },
  };
}

function toWarning({ userId, session }: SessionClash): SessionWarningDto {
  return {
    userId,
    sessionId: session.id,
    start: session.start,
    end: session.end,
    game: { id: session.game.id, slug: session.game.slug, name: session.game.name },
  };
}

export function toSessionResult({ session, warnings }: SessionResult): SessionResultDto {
  return {
    session: { id: session.id, gameId: session.game.id, start: session.start, end: session.end },
    warnings: warnings.map(toWarning),
  };
}
