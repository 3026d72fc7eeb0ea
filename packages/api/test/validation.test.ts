import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createTestDatabase, type TestDatabase } from '@questboard/db/testing';

import {
  callerFor,
  cast,
  counts,
  expectRefusal,
  gameInput,
  inDays,
  newGame,
  type Cast,
} from './fixtures.js';

let db: TestDatabase;
let c: Cast;
let gameId: number;

beforeAll(async () => {
  db = await createTestDatabase();
  c = await cast(db.orm, 'V');
  gameId = (await newGame(db.orm, c, { name: 'Valid' })).id;
});

afterAll(async () => {
  await db.drop();
});

type Api = ReturnType<typeof callerFor>;

/** [what is wrong, the call, the field the refusal must name] */
const CASES: [string, (api: Api) => Promise<unknown>, string][] = [
  ['a 10 kB name', (api) => api.games.create(gameInput(c, { name: 'x'.repeat(10_240) })), 'name'],
  ['an empty name', (api) => api.games.create(gameInput(c, { name: '   ' })), 'name'],
  [
    'a description over 10 000 characters',
    (api) => api.games.create(gameInput(c, { description: 'd'.repeat(10_001) })),
    'description',
  ],
  [
    'an unknown game type',
    (api) => api.games.create(gameInput(c, { type: 'larp' as never })),
    'type',
  ],
  ['a party of 0', (api) => api.games.create(gameInput(c, { partySize: 0 })), 'partySize'],
  [
    'a party size as text',
    (api) => api.games.create(gameInput(c, { partySize: 'four' as never })),
    'partySize',
  ],
  [
    'a 30-hour session length',
    (api) => api.games.create(gameInput(c, { sessionLength: 30 })),
    'sessionLength',
  ],
  [
    'a horror level of 3',
    (api) =>
      api.games.create(
        gameInput(c, {
          classification: { action: 0, investigation: 0, interaction: 0, horror: 3 },
        }),
      ),
    'classification.horror',
  ],
  [
    'an unknown ambience',
    (api) => api.games.create(gameInput(c, { ambience: ['grim' as never] })),
    'ambience.0',
  ],
  ['a date as text', (api) => api.games.create(gameInput(c, { date: 'soon' as never })), 'date'],
  ['a negative system id', (api) => api.games.create(gameInput(c, { systemId: -1 })), 'systemId'],
  [
    'a javascript: image URL',
    (api) => api.games.create(gameInput(c, { img: 'javascript:alert(1)' })),
    'img',
  ],
  ['a fractional id', (api) => api.games.update({ id: 1.5, description: 'x' }), 'id'],
  ['a bad snowflake', (api) => api.games.addPlayer({ id: gameId, userId: '12345' }), 'userId'],
  [
    'a snowflake with letters',
    (api) => api.games.addPlayer({ id: gameId, userId: '1234567890abcdefghi' }),
    'userId',
  ],
  ['a page size of 1000', (api) => api.games.search({ perPage: 1000 }), 'perPage'],
  ['page 0', (api) => api.games.search({ page: 0 }), 'page'],
  ['an unknown status', (api) => api.games.search({ status: ['gone' as never] }), 'status.0'],
  ['a bad GM snowflake', (api) => api.games.search({ gmId: 'me' }), 'gmId'],
  [
    'a session ending before it starts',
    (api) => api.sessions.create({ gameId, start: inDays(3, 20), end: inDays(3, 19) }),
    'end',
  ],
  [
    'a game id as text',
    (api) =>
      api.sessions.create({ gameId: 'one' as never, start: inDays(3, 1), end: inDays(3, 2) }),
    'gameId',
  ],
  ['no input at all', (api) => api.games.publish(undefined as never), 'input'],
  [
    'bug: a NUL character in a name (was a 500 from the database driver)',
    (api) => api.games.create(gameInput(c, { name: 'bad\u0000name' })),
    'name',
  ],
  [
    'bug: a NUL character in the board search (was a 500, even signed out)',
    (api) => api.games.search({ name: 'a\u0000b' }),
    'name',
  ],
  [
    'bug: a NUL character in a nested field',
    (api) => api.games.create(gameInput(c, { restrictionTags: ['ok', 'x\u0000'] })),
    'restrictionTags.1',
  ],
  [
    'bug: a date in year 275760 (was a 500 from PostgreSQL)',
    (api) => api.games.create(gameInput(c, { date: new Date('+275760-09-13T00:00:00.000Z') })),
    'date',
  ],
  [
    'a first session in year 1',
    (api) => api.games.create(gameInput(c, { date: new Date('0001-01-01T00:00:00.000Z') })),
    'date',
  ],
  [
    'bug: a session in year 275760 (was a 500)',
    (api) =>
      api.sessions.create({
        gameId,
        start: new Date('+275760-09-12T20:00:00.000Z'),
        end: new Date('+275760-09-13T00:00:00.000Z'),
      }),
    'start',
  ],
  [
    'an invalid date',
    (api) => api.games.create(gameInput(c, { date: new Date('not a date') })),
    'date',
  ],
];

describe('invalid input', () => {
  it.each(CASES)(
    'refuses %s as BAD_REQUEST naming the field, writing nothing',
    async (_, call, field) => {
      const before = await counts(db.orm);

      const error = await expectRefusal(call(callerFor(db.orm, c.admin)), 'BAD_REQUEST');
      expect((error.cause as { field?: string }).field).toBe(field);

      expect(await counts(db.orm)).toEqual(before);
    },
  );
});
