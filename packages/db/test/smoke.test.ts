import { afterAll, beforeAll, expect, test } from 'vitest';

import { Game, System, User } from '../src/index.js';
import { createTestDatabase, type TestDatabase } from '../src/testing/index.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db.drop();
});

test('smoke: create and search a game', async () => {
  const em = db.orm.em.fork();
  const gm = em.create(User, { id: '123456789012345678', name: 'Alice', username: 'alice', isGm: true });
  const system = em.create(System, { name: 'D&D 5e' });
  em.create(Game, {
    slug: 'test-by-alice',
    name: 'Test',
    type: 'oneshot',
    gm,
    system,
    date: new Date(Date.now() + 86400000),
    status: 'open',
  });
  await em.flush();
  em.clear();
  const [games, total] = await em.getRepository(Game).search({}, 1, 20);
  expect(total).toBe(1);
  expect(games[0]?.gm.name).toBe('Alice');
  const withRel = await em.getRepository(Game).getWithRelations(games[0]!.id);
  expect(withRel?.sessions.length).toBe(0);
  const s = await em.getRepository(Game).search({ playerId: '123456789012345678', status: ['open', 'draft'] }, 1, 20, { userId: '123456789012345678', isAdmin: false });
  expect(s[1]).toBe(0);
});
