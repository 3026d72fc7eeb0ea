import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { GameEvent, SpecialEvent, System, Vtt } from '../src/index.js';
import { createTestDatabase, type TestDatabase } from '../src/testing/index.js';
import { makeEvent, makeGame, makeSystem, makeUser, makeVtt } from './fixtures.js';

let db: TestDatabase;
const ids = { gm: '', game: 0 };

beforeAll(async () => {
  db = await createTestDatabase();
  const em = db.orm.em.fork();
  for (const name of ['Shadowrun', 'Call of Cthulhu', 'Blades in the Dark']) {
    makeSystem(em, name);
  }
  for (const name of ['Roll20', 'Foundry VTT', 'Owlbear Rodeo']) {
    makeVtt(em, name);
  }
  makeEvent(em, 'Winter Con', true);
  makeEvent(em, 'Halloween', false);
  makeEvent(em, 'Spring Jam', true);
  const gm = makeUser(em, { name: 'Gm', isGm: true });
  const game = makeGame(em, { gm, system: makeSystem(em, 'Apocalypse World') });
  await em.flush();
  Object.assign(ids, { gm: gm.id, game: game.id });
});

afterAll(async () => {
  await db.drop();
});

describe('SystemRepository and VttRepository', () => {
  test('getAllOrdered sorts systems by name', async () => {
    const systems = await db.orm.em.fork().getRepository(System).getAllOrdered();

    expect(systems.map((system) => system.name)).toEqual([
      'Apocalypse World',
      'Blades in the Dark',
      'Call of Cthulhu',
      'Shadowrun',
    ]);
  });

  test('getAllOrdered sorts vtts by name', async () => {
    const vtts = await db.orm.em.fork().getRepository(Vtt).getAllOrdered();

    expect(vtts.map((vtt) => vtt.name)).toEqual(['Foundry VTT', 'Owlbear Rodeo', 'Roll20']);
  });

  test('getByName finds by exact name or returns null', async () => {
    const em = db.orm.em.fork();

    expect((await em.getRepository(System).getByName('Shadowrun'))?.name).toBe('Shadowrun');
    expect(await em.getRepository(System).getByName('shadowrun ')).toBeNull();
    expect((await em.getRepository(Vtt).getByName('Roll20'))?.name).toBe('Roll20');
    expect(await em.getRepository(Vtt).getByName('Tabletop Simulator')).toBeNull();
  });
});

describe('SpecialEventRepository', () => {
  test('getAll returns every event by name, or only active ones', async () => {
    const repo = db.orm.em.fork().getRepository(SpecialEvent);

    expect((await repo.getAll()).map((event) => event.name)).toEqual([
      'Halloween',
      'Spring Jam',
      'Winter Con',
    ]);
    expect((await repo.getAll(true)).map((event) => event.name)).toEqual([
      'Spring Jam',
      'Winter Con',
    ]);
  });

  test('getActive returns the active events by name', async () => {
    const events = await db.orm.em.fork().getRepository(SpecialEvent).getActive();

    expect(events.map((event) => event.name)).toEqual(['Spring Jam', 'Winter Con']);
  });

  test('getByName finds an event or returns null', async () => {
    const repo = db.orm.em.fork().getRepository(SpecialEvent);

    expect((await repo.getByName('Halloween'))?.active).toBe(false);
    expect(await repo.getByName('Easter')).toBeNull();
  });
});

describe('GameEventRepository', () => {
  test('log writes an audit line with game, user and description', async () => {
    const em = db.orm.em.fork();

    const event = await em.getRepository(GameEvent).log('edit', ids.game, 'Renamed', ids.gm);
    em.clear();
    const stored = await em.getRepository(GameEvent).getByIdOr404(event.id);

    expect(stored).toMatchObject({ action: 'edit', description: 'Renamed' });
    expect(stored.game.id).toBe(ids.game);
    expect(stored.user?.id).toBe(ids.gm);
    expect(stored.timestamp).toBeInstanceOf(Date);
  });

  test('log without user or description stores nulls', async () => {
    const em = db.orm.em.fork();

    const event = await em.getRepository(GameEvent).log('alert', ids.game);
    em.clear();
    const stored = await em.getRepository(GameEvent).getByIdOr404(event.id);

    expect(stored.user).toBeNull();
    expect(stored.description).toBeNull();
  });

  test('getRecent returns the newest first, up to the limit', async () => {
    const em = db.orm.em.fork();
    const events = em.getRepository(GameEvent);
    for (const description of ['first', 'second', 'third']) {
      await events.log('register', ids.game, description);
    }

    const recent = await db.orm.em.fork().getRepository(GameEvent).getRecent(2);

    expect(recent.map((event) => event.description)).toEqual(['third', 'second']);
    expect((await events.getRecent()).length).toBeGreaterThanOrEqual(5);
  });
});
