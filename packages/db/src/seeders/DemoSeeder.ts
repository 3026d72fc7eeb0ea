import type { EntityManager } from '@mikro-orm/core';
import { Seeder } from '@mikro-orm/seeder';

import { Game } from '../entities/Game.js';
import { GameEvent } from '../entities/GameEvent.js';
import { GameSession } from '../entities/GameSession.js';
import { Registration } from '../entities/Registration.js';
import { SpecialEvent } from '../entities/SpecialEvent.js';
import { System } from '../entities/System.js';
import { Trophy } from '../entities/Trophy.js';
import { User } from '../entities/User.js';
import { Vtt } from '../entities/Vtt.js';
import { DEMO_EVENT, DEMO_GAMES, DEMO_PAST_EVENT, DEMO_USERS, type DemoGame } from './demoData.js';
import { GAME_TYPE_TROPHIES } from './referenceData.js';
import { ReferenceSeeder, type SeedContext } from './ReferenceSeeder.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * A demo club that makes the board look alive: members, GMs and an admin, games in every
 * status and type with past and future sessions, seats, trophies and an active special event.
 * Dates are relative to the day it runs. Idempotent: members, events and games are matched by
 * id, name and slug; what exists is left alone, and a game's seats, sessions, audit lines and
 * trophies are written only when the game itself is created.
 */
export class DemoSeeder extends Seeder<SeedContext> {
  override async run(em: EntityManager, context: SeedContext = {}): Promise<void> {
    const progress = context.onProgress ?? (() => undefined);
    await new ReferenceSeeder().run(em, context);

    const known = new Set((await em.find(User, {})).map((user) => user.id));
    const newUsers = DEMO_USERS.filter((user) => !known.has(user.id));
    for (const { leftDaysAgo, ...user } of newUsers) {
      const notPlayerAsOf =
        leftDaysAgo === undefined ? null : new Date(Date.now() - leftDaysAgo * DAY);
      em.create(User, { ...user, notPlayerAsOf });
    }
    await em.flush();
    progress(`demo members: ${newUsers.length} added`);

    const events = {
      current: await findOrCreateEvent(em, DEMO_EVENT),
      past: await findOrCreateEvent(em, DEMO_PAST_EVENT),
    };

    // One read for every demo slug already taken, not a count per game.
    const slugs = DEMO_GAMES.map(demoSlug);
    const taken = await em.find(Game, { slug: { $in: slugs } }, { fields: ['slug'] });
    const existing = new Set(taken.map((game) => game.slug));

    let added = 0;
    for (const demo of DEMO_GAMES) {
      const slug = demoSlug(demo);
      if (existing.has(slug)) {
        continue;
      }
      await createGame(em, demo, slug, demo.event ? events[demo.event] : null);
      added += 1;
    }
    progress(`demo games: ${added} added`);

    const founding = await em.findOneOrFail(Trophy, { name: 'Founding member' });
    for (const username of ['ada', 'gideon', 'morgan']) {
      const user = await em.findOneOrFail(User, { username });
      await em.getRepository(Trophy).awardTrophy(user.id, founding.id);
    }
  }
}

async function findOrCreateEvent(
  em: EntityManager,
  data: typeof DEMO_EVENT,
): Promise<SpecialEvent> {
  const existing = await em.findOne(SpecialEvent, { name: data.name });
  if (existing) {
    return existing;
  }
  const event = em.create(SpecialEvent, data);
  await em.flush();
  return event;
}

/** `<name>-by-<gm username>`, URL-safe, as the API builds slugs. */
export function demoSlug(demo: Pick<DemoGame, 'name' | 'gm'>): string {
  return `${demo.name}-by-${demo.gm}`
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 90);
}

async function createGame(
  em: EntityManager,
  demo: DemoGame,
  slug: string,
  specialEvent: SpecialEvent | null,
): Promise<void> {
  const gm = await em.findOneOrFail(User, { username: demo.gm });
  const today = Math.floor(Date.now() / DAY) * DAY;
  const starts = Array.from(
    { length: demo.sessions },
    // 18:00 UTC: an evening game in Europe.
    (_, i) => new Date(today + (demo.firstDay + i * (demo.every ?? 7)) * DAY + 18 * HOUR),
  );
  const hours = demo.type === 'oneshot' ? 4 : 3;

  const game = em.create(Game, {
    slug,
    name: demo.name,
    type: demo.type,
    status: demo.status,
    length: demo.length ?? null,
    gm,
    system: await em.findOneOrFail(System, { name: demo.system }),
    vtt: demo.vtt ? await em.findOneOrFail(Vtt, { name: demo.vtt }) : null,
    description: demo.description,
    restriction: demo.restriction ?? 'all',
    partySize: demo.partySize,
    partySelection: demo.partySelection ?? false,
    xp: demo.xp ?? 'all',
    date: starts[0]!,
    sessionLength: hours,
    frequency: demo.frequency ?? null,
    characters: demo.characters ?? 'with_gm',
    classification: { action: 1, investigation: 1, interaction: 1, horror: demo.horror ?? 0 },
    ambience: demo.ambience ?? [],
    specialEvent,
  });
  for (const start of starts) {
    em.create(GameSession, { game, start, end: new Date(start.getTime() + hours * HOUR) });
  }
  const players = await em.find(User, { username: { $in: demo.players } });
  players.forEach((user, i) => {
    const registeredAt = new Date(starts[0]!.getTime() - (10 - i) * DAY);
    em.create(Registration, { game, user, registeredAt });
  });
  await em.flush();

  const audit = em.getRepository(GameEvent);
  await audit.log('create', game.id, `Created ${demo.name}`, gm.id);
  for (const user of players) {
    await audit.log('register', game.id, `${user.name} took a seat`, user.id);
  }

  if (demo.status === 'archived') {
    await awardSeats(em, demo, gm, players);
  }
}

/** An archived game earned its GM and players the trophy of its type. */
async function awardSeats(em: EntityManager, demo: DemoGame, gm: User, players: User[]) {
  const names = GAME_TYPE_TROPHIES[demo.type];
  const trophies = em.getRepository(Trophy);
  const gmTrophy = await em.findOneOrFail(Trophy, { name: names.gm });
  const playerTrophy = await em.findOneOrFail(Trophy, { name: names.player });

  await trophies.awardTrophy(gm.id, gmTrophy.id);
  for (const user of players) {
    await trophies.awardTrophy(user.id, playerTrophy.id);
  }
}
