import type { GameEvent, GameEventAction } from '@questboard/db';

import { toPerson, type PersonDto } from './gameDto.js';

/** A line of the audit log. */
export interface AuditEventDto {
  id: number;
  timestamp: Date;
  action: GameEventAction;
  description: string | null;
  game: { id: number; name: string; slug: string };
  /** Who did it; null for the system itself. */
  user: PersonDto | null;
}

/** `event` must have its game and user loaded. */
export function toAuditEvent(event: GameEvent): AuditEventDto {
  const { game, user } = event;
  return {
    id: event.id,
    timestamp: event.timestamp,
    action: event.action,
    description: event.description,
    game: { id: game.id, name: game.name, slug: game.slug },
    user: user ? toPerson(user) : null,
  };
}
