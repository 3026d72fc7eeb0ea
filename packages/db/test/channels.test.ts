import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { Channel } from '../src/index.js';
import { createTestDatabase, type TestDatabase } from '../src/testing/index.js';
import { makeChannel } from './fixtures.js';

let db: TestDatabase;
const ids = { busy: '', quiet: '', campaign: '' };

beforeAll(async () => {
  db = await createTestDatabase();
  const em = db.orm.em.fork();
  const busy = makeChannel(em, 'oneshot', 12);
  const quiet = makeChannel(em, 'oneshot', 3);
  const campaign = makeChannel(em, 'campaign', 0);
  await em.flush();
  Object.assign(ids, { busy: busy.id, quiet: quiet.id, campaign: campaign.id });
});

afterAll(async () => {
  await db.drop();
});

const repo = () => db.orm.em.fork().getRepository(Channel);

describe('getSmallestByType / countByType', () => {
  test('picks the category of that type holding the fewest channels', async () => {
    expect((await repo().getSmallestByType('oneshot'))?.id).toBe(ids.quiet);
    expect((await repo().getSmallestByType('campaign'))?.id).toBe(ids.campaign);
  });

  test('returns null when no category has that type', async () => {
    const em = db.orm.em.fork();
    await em.begin();
    await em.nativeDelete(Channel, { type: 'campaign' });

    expect(await em.getRepository(Channel).getSmallestByType('campaign')).toBeNull();
    await em.rollback();
  });

  test('countByType counts the categories of one type', async () => {
    expect(await repo().countByType('oneshot')).toBe(2);
    expect(await repo().countByType('campaign')).toBe(1);
  });
});

describe('incrementSize / decrementSize', () => {
  test('the managed entity shows the new size without a reload', async () => {
    const em = db.orm.em.fork();
    const channels = em.getRepository(Channel);
    const channel = await channels.getByIdOr404(ids.campaign);

    await channels.incrementSize(channel);
    expect(channel.size).toBe(1);
    await channels.decrementSize(channel);
    expect(channel.size).toBe(0);
  });

  test('decrement stops at 0', async () => {
    const em = db.orm.em.fork();
    const channels = em.getRepository(Channel);
    const channel = await channels.getByIdOr404(ids.campaign);

    await channels.decrementSize(channel);
    em.clear();

    expect((await channels.getByIdOr404(ids.campaign)).size).toBe(0);
  });

  test('a stale entity still counts from the database value, not its own', async () => {
    const stale = await repo().getByIdOr404(ids.busy);
    const em = db.orm.em.fork();
    await em
      .getRepository(Channel)
      .incrementSize(await em.getRepository(Channel).getByIdOr404(ids.busy));

    const channels = db.orm.em.fork().getRepository(Channel);
    await channels.incrementSize(channels.getReference(stale.id));

    expect((await repo().getByIdOr404(ids.busy)).size).toBe(14);
  });

  test('20 concurrent increments, each in its own transaction, lose no update', async () => {
    const start = (await repo().getByIdOr404(ids.quiet)).size;

    await Promise.all(
      Array.from({ length: 20 }, () =>
        db.orm.em.fork().transactional(async (em) => {
          const channels = em.getRepository(Channel);
          await channels.incrementSize(await channels.getByIdOr404(ids.quiet));
        }),
      ),
    );

    expect((await repo().getByIdOr404(ids.quiet)).size).toBe(start + 20);
  });

  test('25 concurrent decrements of a size-20 category end at 0, never below', async () => {
    const em = db.orm.em.fork();
    await em.nativeUpdate(Channel, { id: ids.campaign }, { size: 20 });

    await Promise.all(
      Array.from({ length: 25 }, () =>
        db.orm.em.fork().transactional(async (tx) => {
          const channels = tx.getRepository(Channel);
          await channels.decrementSize(channels.getReference(ids.campaign));
        }),
      ),
    );

    expect((await repo().getByIdOr404(ids.campaign)).size).toBe(0);
  });

  test('an increment inside a rolled-back transaction is undone', async () => {
    const before = (await repo().getByIdOr404(ids.busy)).size;
    const em = db.orm.em.fork();
    await em.begin();
    await em.getRepository(Channel).incrementSize(em.getReference(Channel, ids.busy));
    await em.rollback();

    expect((await repo().getByIdOr404(ids.busy)).size).toBe(before);
  });
});
