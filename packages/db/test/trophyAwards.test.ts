import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { Trophy } from '../src/index.js';
import { createTestDatabase, type TestDatabase } from '../src/testing/index.js';
import { makeTrophy, makeUser, statementCounter } from './fixtures.js';

const counter = statementCounter();
let db: TestDatabase;
const ids = { ann: '', ben: '', cid: '', plain: 0, unique: 0 };

beforeAll(async () => {
  db = await createTestDatabase({ onQuery: counter.onQuery });
  const em = db.orm.em.fork();
  const [ann, ben, cid] = ['Ann', 'Ben', 'Cid'].map((name) => makeUser(em, { name }));
  const plain = makeTrophy(em, 'Table regular');
  const unique = makeTrophy(em, 'First table', true);
  await em.flush();
  Object.assign(ids, { ann: ann!.id, ben: ben!.id, cid: cid!.id });
  Object.assign(ids, { plain: plain.id, unique: unique.id });
});

afterAll(async () => {
  await db.drop();
});

const repo = () => db.orm.em.fork().getRepository(Trophy);

describe('awardTrophies', () => {
  test('awards a whole table in one statement, whatever its size', async () => {
    const { result, statements } = await counter.record(() =>
      repo().awardTrophies([ids.ann, ids.ben, ids.cid, ids.ann], ids.plain, 2),
    );

    expect(statements).toHaveLength(1);
    expect(result).toEqual(
      new Map([
        [ids.ann, 2],
        [ids.ben, 2],
        [ids.cid, 2],
      ]),
    );
    expect(await repo().awardTrophies([ids.ann, ids.ben], ids.plain)).toEqual(
      new Map([
        [ids.ann, 3],
        [ids.ben, 3],
      ]),
    );
  });

  test('keeps a unique trophy at 1 for everyone', async () => {
    await repo().awardTrophies([ids.ann, ids.ben], ids.unique, 4);

    expect(await repo().awardTrophies([ids.ann, ids.ben], ids.unique)).toEqual(
      new Map([
        [ids.ann, 1],
        [ids.ben, 1],
      ]),
    );
  });

  test('an empty table runs no query', async () => {
    const { result, statements } = await counter.record(() => repo().awardTrophies([], ids.plain));

    expect(result).toEqual(new Map());
    expect(statements).toEqual([]);
  });

  test('an unknown trophy is a NotFoundError', async () => {
    await expect(repo().awardTrophies([ids.ann], 999_999)).rejects.toMatchObject({
      name: 'NotFoundError',
      entity: 'Trophy',
    });
  });
});

describe('ensureNamed', () => {
  test('creates a missing trophy once, then finds it', async () => {
    const created = await repo().ensureNamed('Campaign GM');
    const found = await repo().ensureNamed('Campaign GM');

    expect(found).toBe(created);
    expect(await db.orm.em.fork().count(Trophy, { name: 'Campaign GM' })).toBe(1);
    expect(await repo().ensureNamed('Table regular')).toBe(ids.plain);
  });
});
