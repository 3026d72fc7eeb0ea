import pg from 'pg';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { Game, GameEvent, GameSession, Registration, User, UserTrophy } from '../src/index.js';
import { createTestDatabase, type TestDatabase } from '../src/testing/index.js';
import {
  daysFromNow,
  makeChannel,
  makeEvent,
  makeGame,
  makeSession,
  makeSystem,
  makeTrophy,
  makeUser,
  makeVtt,
  register,
} from './fixtures.js';

let db: TestDatabase;
/** Writes around the repositories, straight to PostgreSQL. */
let sql: pg.Client;
const ids = { gm: '', system: 0, game: 0 };

beforeAll(async () => {
  db = await createTestDatabase();
  sql = new pg.Client({ connectionString: db.url });
  await sql.connect();

  const em = db.orm.em.fork();
  const gm = makeUser(em, { name: 'Gm', isGm: true });
  const system = makeSystem(em, 'Fate Core');
  const game = makeGame(em, { name: 'Checked', gm, system });
  await em.flush();
  Object.assign(ids, { gm: gm.id, system: system.id, game: game.id });
});

afterAll(async () => {
  await sql.end();
  await db.drop();
});

/** The constraint PostgreSQL names when it rejects the statement. */
async function violated(text: string, values: unknown[] = []): Promise<string | undefined> {
  const error = await sql.query(text, values).then(
    () => undefined,
    (caught: pg.DatabaseError) => caught,
  );
  expect(error, `expected a rejection of: ${text}`).toBeDefined();
  return error?.constraint ?? error?.code;
}

/** Inserts a game row by hand, overriding some columns. */
function insertGame(columns: Record<string, unknown>): Promise<string | undefined> {
  const row: Record<string, unknown> = {
    slug: `raw-${Math.random().toString(36).slice(2, 10)}`,
    name: 'Raw',
    type: 'oneshot',
    gm_id: ids.gm,
    system_id: ids.system,
    date: '2027-01-01T18:00:00Z',
    classification: { action: 1, investigation: 1, interaction: 1, horror: 0 },
    ...columns,
  };
  const names = Object.keys(row);
  const placeholders = names.map((_, i) => `$${i + 1}`);
  return violated(
    `insert into game (${names.map((n) => `"${n}"`).join(', ')}) values (${placeholders.join(', ')})`,
    Object.values(row),
  );
}

describe('check constraints', () => {
  test.each([
    ['12345', 'user_id_snowflake'],
    ['12345678901234567a', 'user_id_snowflake'],
    ['-12345678901234567', 'user_id_snowflake'],
    ['1234567890123456789012', '22001'],
  ])('a user id %s is not a snowflake (%s)', async (id, constraint) => {
    expect(await violated(`insert into "user" (id, name) values ($1, 'X')`, [id])).toBe(constraint);
  });

  test('a channel id must be a snowflake and its size at least 0', async () => {
    expect(await violated(`insert into channel (id, type) values ('42', 'oneshot')`)).toBe(
      'channel_id_snowflake',
    );
    expect(
      await violated(`insert into channel (id, type, size) values ($1, 'oneshot', -1)`, [
        '200000000000000001',
      ]),
    ).toBe('channel_size_check');
    expect(
      await violated(`insert into channel (id, type) values ($1, 'raid')`, ['200000000000000002']),
    ).toBe('channel_type_check');
  });

  test.each([
    [{ party_size: 0 }, 'game_party_size_check'],
    [{ type: 'raid' }, 'game_type_check'],
    [{ status: 'cancelled' }, 'game_status_check'],
    [{ restriction: '21+' }, 'game_restriction_check'],
    [{ xp: 'expert' }, 'game_xp_check'],
    [{ frequency: 'daily' }, 'game_frequency_check'],
    [{ characters: 'random' }, 'game_characters_check'],
    [{ ambience: ['chill', 'gory'] }, 'game_ambience_check'],
    [{ session_length: 0 }, 'game_session_length_check'],
    [{ slug: 'Not A Slug' }, 'game_slug_check'],
    [{ channel: '123' }, 'game_channel_snowflake'],
    [{ msg_id: 'abc' }, 'game_msg_id_snowflake'],
    [{ role: '9' }, 'game_role_snowflake'],
    [
      { classification: { action: 3, investigation: 0, interaction: 0, horror: 0 } },
      'game_classification_check',
    ],
    [
      { classification: { action: 0, investigation: -1, interaction: 0, horror: 0 } },
      'game_classification_check',
    ],
    [{ gm_id: '999999999999999999' }, 'game_gm_id_foreign'],
    [{ system_id: 999_999 }, 'game_system_id_foreign'],
  ])('a game with %j is rejected by %s', async (columns, constraint) => {
    expect(await insertGame(columns)).toBe(constraint);
  });

  test('a valid hand-written game row is accepted (the checks are not too strict)', async () => {
    const accepted = await sql.query(
      `insert into game (slug, name, type, gm_id, system_id, date, classification, ambience, channel)
       values ('ok-by-gm', 'Ok', 'campaign', $1, $2, now(), $3, '{epic,comic}', '123456789012345678901')`,
      [ids.gm, ids.system, { action: 2, investigation: 0, interaction: 2, horror: 2 }],
    );

    expect(accepted.rowCount).toBe(1);
  });

  test('a session must end after it starts', async () => {
    const text = `insert into game_session (game_id, start, "end") values ($1, $2, $3)`;

    expect(await violated(text, [ids.game, '2027-01-01T20:00Z', '2027-01-01T20:00Z'])).toBe(
      'game_session_end_after_start',
    );
    expect(await violated(text, [ids.game, '2027-01-01T20:00Z', '2027-01-01T19:00Z'])).toBe(
      'game_session_end_after_start',
    );
  });

  test('a trophy quantity is at least 1', async () => {
    const trophy = await sql.query<{ id: number }>(
      `insert into trophy (name) values ('Quantity') returning id`,
    );
    const text = `insert into user_trophy (user_id, trophy_id, quantity) values ($1, $2, $3)`;

    expect(await violated(text, [ids.gm, trophy.rows[0]!.id, 0])).toBe(
      'user_trophy_quantity_check',
    );
  });

  test('a special event colour is within 0..0xFFFFFF', async () => {
    const text = `insert into special_event (name, color) values ($1, $2)`;

    expect(await violated(text, ['Too bright', 0x1000000])).toBe('special_event_color_check');
    expect(await violated(text, ['Negative', -1])).toBe('special_event_color_check');
  });

  test('a game event action is one of the known actions', async () => {
    expect(
      await violated(`insert into game_event (action, game_id) values ('explode', $1)`, [ids.game]),
    ).toBe('game_event_action_check');
  });
});

describe('unique constraints', () => {
  test.each([
    ['system', 'system_name_unique'],
    ['vtt', 'vtt_name_unique'],
    ['trophy', 'trophy_name_unique'],
    ['special_event', 'special_event_name_unique'],
  ])('%s names are unique', async (table, constraint) => {
    await sql.query(`insert into ${table} (name) values ('Twice')`);

    expect(await violated(`insert into ${table} (name) values ('Twice')`)).toBe(constraint);
  });

  test('game slugs are unique', async () => {
    const { slug } = await db.orm.em.fork().getRepository(Game).getByIdOr404(ids.game);

    expect(await insertGame({ slug })).toBe('game_slug_unique');
  });

  test('a player holds a seat at a table at most once', async () => {
    const text = `insert into registration (game_id, user_id) values ($1, $2)`;
    await sql.query(text, [ids.game, ids.gm]);

    expect(await violated(text, [ids.game, ids.gm])).toBe('registration_pkey');
  });

  test('trophy names are at most 64 characters', async () => {
    expect(await violated(`insert into trophy (name) values ($1)`, ['x'.repeat(65)])).toBe('22001');
  });
});

describe('delete behaviour', () => {
  test('deleting a game deletes its sessions, registrations and events', async () => {
    const em = db.orm.em.fork();
    const gm = em.getReference(User, ids.gm);
    const game = makeGame(em, { gm, system: makeSystem(em) });
    register(em, game, makeUser(em));
    makeSession(em, game, daysFromNow(3));
    await em.flush();
    await em.getRepository(GameEvent).log('create', game.id);

    await sql.query('delete from game where id = $1', [game.id]);

    expect(await em.count(GameSession, { game: game.id })).toBe(0);
    expect(await em.count(Registration, { game: game.id })).toBe(0);
    expect(await em.count(GameEvent, { game: game.id })).toBe(0);
  });

  test('deleting a user deletes their seats and trophies and anonymises their events', async () => {
    const em = db.orm.em.fork();
    const player = makeUser(em);
    register(em, em.getReference(Game, ids.game), player);
    const trophy = makeTrophy(em, 'Leaver');
    await em.flush();
    em.create(UserTrophy, { user: player, trophy, quantity: 2 });
    await em.flush();
    const event = await em.getRepository(GameEvent).log('register', ids.game, null, player.id);

    await sql.query('delete from "user" where id = $1', [player.id]);
    em.clear();

    expect(await em.count(Registration, { user: player.id })).toBe(0);
    expect(await em.count(UserTrophy, { user: player.id })).toBe(0);
    expect((await em.getRepository(GameEvent).getByIdOr404(event.id)).user).toBeNull();
  });

  test('a user who runs games, or a system games use, cannot be deleted', async () => {
    expect(await violated('delete from "user" where id = $1', [ids.gm])).toBe('game_gm_id_foreign');
    expect(await violated('delete from system where id = $1', [ids.system])).toBe(
      'game_system_id_foreign',
    );
  });

  test('deleting a vtt, special event or category leaves the game without it', async () => {
    const em = db.orm.em.fork();
    const game = makeGame(em, {
      gm: em.getReference(User, ids.gm),
      system: makeSystem(em),
      vtt: makeVtt(em),
      specialEvent: makeEvent(em, 'Gone soon'),
      category: makeChannel(em, 'oneshot'),
    });
    await em.flush();

    await sql.query('delete from vtt where id = $1', [game.vtt!.id]);
    await sql.query('delete from special_event where id = $1', [game.specialEvent!.id]);
    await sql.query('delete from channel where id = $1', [game.category!.id]);
    em.clear();
    const after = await em.getRepository(Game).getByIdOr404(game.id);

    expect(after.vtt).toBeNull();
    expect(after.specialEvent).toBeNull();
    expect(after.category).toBeNull();
  });
});
