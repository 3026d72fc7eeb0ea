import type { EntityManager } from '@mikro-orm/postgresql';

import {
  Channel,
  Game,
  GameSession,
  Registration,
  SpecialEvent,
  System,
  Trophy,
  User,
  Vtt,
  type GameType,
} from '../src/index.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** A date `days` from now (negative: in the past). */
export function daysFromNow(days: number): Date {
  return new Date(Date.now() + days * DAY);
}

export function hoursAfter(date: Date, hours: number): Date {
  return new Date(date.getTime() + hours * HOUR);
}

let nextSnowflake = 100_000_000_000_000_000n;

/** A fresh, valid Discord snowflake (18 digits). */
export function snowflake(): string {
  nextSnowflake += 1n;
  return nextSnowflake.toString();
}

export function makeUser(em: EntityManager, data: Partial<User> = {}): User {
  const id = data.id ?? snowflake();
  return em.create(User, {
    id,
    name: `User ${id.slice(-4)}`,
    username: `u${id.slice(-6)}`,
    ...data,
  });
}

export function makeSystem(em: EntityManager, name = `System ${snowflake().slice(-6)}`): System {
  return em.create(System, { name });
}

export function makeVtt(em: EntityManager, name = `Vtt ${snowflake().slice(-6)}`): Vtt {
  return em.create(Vtt, { name });
}

export function makeChannel(em: EntityManager, type: GameType, size = 0): Channel {
  return em.create(Channel, { id: snowflake(), type, size });
}

export function makeEvent(em: EntityManager, name: string, active = false): SpecialEvent {
  return em.create(SpecialEvent, { name, active, color: 0xff8800 });
}

export function makeTrophy(em: EntityManager, name: string, unique = false): Trophy {
  return em.create(Trophy, { name, unique });
}

let nextSlug = 0;

export interface GameData extends Partial<Omit<Game, 'gm' | 'system'>> {
  gm: User;
  system: System;
}

/** An open one-shot next week unless told otherwise; slug derived from the name. */
export function makeGame(em: EntityManager, data: GameData): Game {
  nextSlug += 1;
  const name = data.name ?? `Game ${nextSlug}`;
  const slug = `${
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'game'
  }-${nextSlug}`;
  return em.create(Game, {
    slug,
    type: 'oneshot',
    status: 'open',
    date: daysFromNow(7),
    ...data,
    name,
  });
}

export function register(
  em: EntityManager,
  game: Game,
  user: User,
  registeredAt?: Date,
): Registration {
  return em.create(Registration, { game, user, ...(registeredAt ? { registeredAt } : {}) });
}

export function makeSession(em: EntityManager, game: Game, start: Date, hours = 3): GameSession {
  return em.create(GameSession, { game, start, end: hoursAfter(start, hours) });
}

/** Collects the SQL statements an ORM runs; pass `listener.onQuery` to `createTestDatabase`. */
export function statementCounter() {
  const statements: string[] = [];
  let recording = false;
  return {
    onQuery: (message: string) => {
      if (recording) {
        statements.push(message);
      }
    },
    /** Runs `work` and returns the statements it issued. */
    async record<T>(work: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
      statements.length = 0;
      recording = true;
      try {
        const result = await work();
        return { result, statements: [...statements] };
      } finally {
        recording = false;
      }
    },
  };
}

/** Polls `check` until it returns true; fails after `attempts` tries (not a timing assertion). */
export async function eventually(check: () => Promise<boolean>, attempts = 200): Promise<void> {
  for (let i = 0; i < attempts; i++) {
    if (await check()) {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('condition never became true');
}
