import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { User } from '../src/index.js';
import { createTestDatabase, type TestDatabase } from '../src/testing/index.js';
import { makeUser, statementCounter } from './fixtures.js';

const counter = statementCounter();
let db: TestDatabase;
const ids = { bob: '', amy: '', left: '' };

beforeAll(async () => {
  db = await createTestDatabase({ onQuery: counter.onQuery });
  const em = db.orm.em.fork();
  const bob = makeUser(em, { name: 'Bob', id: '300000000000000001' });
  const amy = makeUser(em, { name: 'Amy', id: '300000000000000002' });
  const left = makeUser(em, {
    name: 'Left',
    id: '300000000000000000',
    notPlayerAsOf: new Date('2026-06-01T00:00:00Z'),
  });
  await em.flush();
  Object.assign(ids, { bob: bob.id, amy: amy.id, left: left.id });
});

afterAll(async () => {
  await db.drop();
});

describe('active and inactive members', () => {
  test('getActiveUsers returns members still in the club, by name', async () => {
    const users = await db.orm.em.fork().getRepository(User).getActiveUsers();

    expect(users.map((user) => user.name)).toEqual(['Amy', 'Bob']);
  });

  test('getActiveUserIds returns string ids and hydrates no entity', async () => {
    const em = db.orm.em.fork();

    const active = await em.getRepository(User).getActiveUserIds();

    expect(active).toEqual([ids.bob, ids.amy]);
    expect(active.every((id) => typeof id === 'string')).toBe(true);
    expect(em.getUnitOfWork().getIdentityMap().values()).toHaveLength(0);
  });

  test('getInactiveUserIds returns the ids of members who left, hydrating nothing', async () => {
    const em = db.orm.em.fork();

    expect(await em.getRepository(User).getInactiveUserIds()).toEqual([ids.left]);
    expect(em.getUnitOfWork().getIdentityMap().values()).toHaveLength(0);
  });
});

describe('getByIds', () => {
  test('returns the users that exist among the ids, by name', async () => {
    const users = await db.orm.em
      .fork()
      .getRepository(User)
      .getByIds([ids.bob, '399999999999999999', ids.amy]);

    expect(users.map((user) => user.name)).toEqual(['Amy', 'Bob']);
  });

  test('an empty list returns an empty result without running a query', async () => {
    const repo = db.orm.em.fork().getRepository(User);

    const { result, statements } = await counter.record(() => repo.getByIds([]));

    expect(result).toEqual([]);
    expect(statements).toEqual([]);
  });

  test('a non-empty list runs exactly one query', async () => {
    const repo = db.orm.em.fork().getRepository(User);

    const { statements } = await counter.record(() => repo.getByIds([ids.bob]));

    expect(statements).toHaveLength(1);
  });
});

describe('paginate search columns', () => {
  test('search matches the name or the username', async () => {
    const em = db.orm.em.fork();
    makeUser(em, { name: 'Someone', username: 'the_searched_handle' });
    await em.flush();

    const byName = await em.getRepository(User).paginate({ search: 'amy' });
    const byUsername = await em.getRepository(User).paginate({ search: 'SEARCHED' });

    expect(byName.items.map((user) => user.name)).toEqual(['Amy']);
    expect(byUsername.items.map((user) => user.name)).toEqual(['Someone']);
  });
});
