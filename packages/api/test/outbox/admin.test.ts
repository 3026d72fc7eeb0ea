import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { OutboxAction } from '@questboard/db';
import { createTestDatabase, type TestDatabase } from '@questboard/db/testing';
import { RecordingGateway } from '@questboard/discord';

import { createContext } from '../../src/createContext.js';
import { appRouter } from '../../src/routers/_app.js';
import { createCallerFactory } from '../../src/trpc.js';
import { actions, enqueue, logger, reset, workerFor } from './fixtures.js';

let db: TestDatabase;
let woken = 0;

beforeAll(async () => {
  db = await createTestDatabase();
});

afterAll(async () => {
  await db.drop();
});

beforeEach(async () => {
  await reset(db.orm);
  woken = 0;
});

function caller(user: { isAdmin: boolean } | null) {
  const ctx = createContext({
    orm: db.orm,
    user: user && { id: '1300000000000000001', isGm: true, isAdmin: user.isAdmin },
    requestId: 'test',
    logger,
    onCommit: () => (woken += 1),
  });
  return createCallerFactory(appRouter)(ctx);
}

async function setStatus(
  id: number,
  status: 'done' | 'failed',
  attempts: number,
  lastError: string | null,
) {
  await db.orm.em.fork().nativeUpdate(OutboxAction, { id }, { status, attempts, lastError });
}

describe('outbox admin', () => {
  it('lists pending and failed actions, newest first, with counts', async () => {
    const done = await enqueue(db.orm, null, 'game.refresh');
    const failed = await enqueue(db.orm, null, 'game.publish');
    const pending = await enqueue(db.orm, null, 'member.add', { userId: '1300000000000000002' });
    await setStatus(done.id, 'done', 1, null);
    await setStatus(failed.id, 'failed', 8, 'Discord 403 (code 50013): Missing Permissions');

    const page = await caller({ isAdmin: true }).outbox.list({ perPage: 1 });

    expect(page.total).toBe(2);
    expect(page.pages).toBe(2);
    expect(page.items.map((a) => a.id)).toEqual([pending.id]);
    expect(page.counts).toEqual({ pending: 1, failed: 1, done: 1 });
    const failedOnly = await caller({ isAdmin: true }).outbox.list({ status: ['failed'] });
    expect(failedOnly.items.map((a) => a.id)).toEqual([failed.id]);
    expect(failedOnly.items[0]?.lastError).toContain('50013');
  });

  it('retries a failed action from its first attempt and wakes the worker', async () => {
    const failed = await enqueue(db.orm, null, 'game.publish');
    await setStatus(failed.id, 'failed', 8, 'boom');

    await caller({ isAdmin: true }).outbox.retry({ id: failed.id });

    expect(await actions(db.orm)).toMatchObject([{ status: 'pending', attempts: 0 }]);
    expect(woken).toBe(1);
  });

  it('refuses to retry a delivered action, naming the field', async () => {
    const done = await enqueue(db.orm, null, 'game.refresh');
    await setStatus(done.id, 'done', 1, null);

    await expect(caller({ isAdmin: true }).outbox.retry({ id: done.id })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    await expect(caller({ isAdmin: true }).outbox.retry({ id: 999_999 })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('is for admins only', async () => {
    await expect(caller({ isAdmin: false }).outbox.list({})).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(caller(null).outbox.retry({ id: 1 })).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
    });
  });
});

describe('pruning', () => {
  it('deletes delivered actions past the retention, keeping recent, pending and failed ones', async () => {
    const old = await enqueue(db.orm, null, 'game.refresh');
    const recent = await enqueue(db.orm, null, 'game.refresh');
    const failed = await enqueue(db.orm, null, 'game.refresh');
    const pending = await enqueue(db.orm, null, 'game.refresh');
    const em = db.orm.em.fork();
    const longAgo = new Date(Date.now() - 40 * 86_400_000);
    await em.nativeUpdate(OutboxAction, { id: old.id }, { status: 'done', doneAt: longAgo });
    await em.nativeUpdate(OutboxAction, { id: recent.id }, { status: 'done', doneAt: new Date() });
    await em.nativeUpdate(OutboxAction, { id: failed.id }, { status: 'failed', doneAt: longAgo });

    const removed = await workerFor(db.orm, new RecordingGateway()).prune();

    expect(removed).toBe(1);
    expect((await actions(db.orm)).map((a) => a.id)).toEqual([recent.id, failed.id, pending.id]);
  });
});
