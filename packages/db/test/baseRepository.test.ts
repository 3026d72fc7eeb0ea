import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { NotFoundError, System, User } from '../src/index.js';
import { createTestDatabase, type TestDatabase } from '../src/testing/index.js';
import { makeUser } from './fixtures.js';

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
  const em = db.orm.em.fork();
  for (const name of ['Alpha 100%', 'Beta_under', 'Back\\slash', 'gamma', 'Delta', 'epsilon']) {
    em.create(System, { name });
  }
  await em.flush();
});

afterAll(async () => {
  await db.drop();
});

describe('getById / getByIdOr404', () => {
  test('getById returns the entity, or null when no row has that id', async () => {
    const repo = db.orm.em.fork().getRepository(System);
    const [first] = await repo.getAllOrdered();

    expect((await repo.getById(first!.id))?.name).toBe(first!.name);
    expect(await repo.getById(999_999)).toBeNull();
  });

  test('getByIdOr404 throws a NotFoundError carrying the entity name and id', async () => {
    const repo = db.orm.em.fork().getRepository(System);

    const error = await repo.getByIdOr404(424_242).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({ entity: 'System', id: '424242' });
    expect((error as Error).message).toContain('424242');
  });

  test('getByIdOr404 works with string (snowflake) primary keys', async () => {
    const em = db.orm.em.fork();
    const user = makeUser(em, { id: '987654321098765432' });
    await em.flush();
    em.clear();

    const found = await em.getRepository(User).getByIdOr404(user.id);

    expect(found.id).toBe('987654321098765432');
    await expect(em.getRepository(User).getByIdOr404('111111111111111111')).rejects.toThrow(
      NotFoundError,
    );
  });
});

describe('getAll / count / add / delete', () => {
  test('getAll returns every row and count counts them', async () => {
    const repo = db.orm.em.fork().getRepository(System);

    const all = await repo.getAll();

    expect(all.length).toBeGreaterThanOrEqual(6);
    expect(await repo.count()).toBe(all.length);
  });

  test('add persists and flushes, assigning the id, and delete removes the row', async () => {
    const em = db.orm.em.fork();
    const repo = em.getRepository(System);
    const before = await repo.count();

    const added = await repo.add(repo.create({ name: 'Added system' }, { persist: false }));

    expect(added.id).toEqual(expect.any(Number));
    em.clear();
    expect(await repo.count()).toBe(before + 1);

    await repo.delete(await repo.getByIdOr404(added.id));
    em.clear();
    expect(await repo.getById(added.id)).toBeNull();
  });
});

describe('paginate', () => {
  test('returns a page with total and page count', async () => {
    const repo = db.orm.em.fork().getRepository(System);
    const total = await repo.count();

    const first = await repo.paginate({ page: 1, perPage: 4 });
    const last = await repo.paginate({ page: 2, perPage: 4 });
    const past = await repo.paginate({ page: 5, perPage: 4 });

    expect(first).toMatchObject({ total, page: 1, perPage: 4, pages: Math.ceil(total / 4) });
    expect(first.items).toHaveLength(4);
    expect(last.items).toHaveLength(total - 4);
    expect(past.items).toEqual([]);
    expect(past.total).toBe(total);
  });

  test('pages do not overlap and follow the id order', async () => {
    const repo = db.orm.em.fork().getRepository(System);

    const one = await repo.paginate({ page: 1, perPage: 3 });
    const two = await repo.paginate({ page: 2, perPage: 3 });
    const ids = [...one.items, ...two.items].map((system) => system.id);

    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('search matches the search columns case-insensitively', async () => {
    const repo = db.orm.em.fork().getRepository(System);

    const page = await repo.paginate({ search: 'GAMMA' });

    expect(page.items.map((system) => system.name)).toEqual(['gamma']);
    expect(page.total).toBe(1);
  });

  test.each([
    ['%', ['Alpha 100%']],
    ['_', ['Beta_under']],
    ['\\', ['Back\\slash']],
  ])('search for %s matches it literally', async (needle, expected) => {
    const repo = db.orm.em.fork().getRepository(System);

    const page = await repo.paginate({ search: needle });

    expect(page.items.map((system) => system.name)).toEqual(expected);
  });

  test('a blank search returns everything', async () => {
    const repo = db.orm.em.fork().getRepository(System);

    const page = await repo.paginate({ search: '   ', perPage: 100 });

    expect(page.total).toBe(await repo.count());
  });

  test('bug: page 0 sent a negative OFFSET; pages below 1 now read as page 1', async () => {
    const repo = db.orm.em.fork().getRepository(System);

    const zero = await repo.paginate({ page: 0, perPage: 2 });
    const one = await repo.paginate({ page: 1, perPage: 2 });

    expect(zero.page).toBe(1);
    expect(zero.items.map((system) => system.id)).toEqual(one.items.map((system) => system.id));
  });
});
