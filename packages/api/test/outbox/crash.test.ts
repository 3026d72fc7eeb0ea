import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { createTestDatabase, type TestDatabase } from '@questboard/db/testing';
import type { EnsureChannelInput, RestGateway } from '@questboard/discord';
import { FakeDiscord } from '@questboard/discord/testing';

import {
  actions,
  category,
  enqueue,
  gatewayFor,
  intercept,
  member,
  openGame,
  reload,
  reset,
  textChannels,
  workerFor,
} from './fixtures.js';

let db: TestDatabase;
let fake: FakeDiscord;
let gateway: RestGateway;

beforeAll(async () => {
  db = await createTestDatabase();
});

afterAll(async () => {
  await db.drop();
});

beforeEach(async () => {
  await reset(db.orm);
  fake = await FakeDiscord.start();
  gateway = gatewayFor(fake);
});

afterEach(async () => {
  gateway.destroy();
  await fake.close();
});

async function pendingPublish() {
  const gm = await member(db.orm, fake, 'Gwen');
  const cat = await category(db.orm, fake, 'oneshot', 'One-shots');
  const game = await openGame(db.orm, { gm, name: 'Fragile', categoryId: cat.id });
  await enqueue(db.orm, game.id, 'game.publish');
  return game;
}

describe('a worker dying between a Discord call and its record', () => {
  it('does not create a second channel when another worker takes over after the lease', async () => {
    const game = await pendingPublish();
    let sent!: () => void;
    const channelSent = new Promise<void>((resolve) => (sent = resolve));
    // The process freezes for good right after Discord made the channel.
    const dying = intercept(gateway, {
      ensureChannel: async (input: EnsureChannelInput) => {
        await gateway.ensureChannel(input);
        sent();
        return new Promise<{ id: string }>(() => {});
      },
    });
    void workerFor(db.orm, dying).drain();
    await channelSent;

    // Its lease runs out; a new worker finds the action due again.
    await db.orm.em.fork().execute(`update outbox_action set next_attempt_at = now()`);
    await workerFor(db.orm, gateway).drain();

    const saved = await reload(db.orm, game.id);
    expect(textChannels(fake).map((c) => c.id)).toEqual([saved.channel]);
    expect(fake.guild.allMessages()).toHaveLength(1);
    expect(await actions(db.orm)).toMatchObject([{ status: 'done', attempts: 2 }]);
  });

  it('does not create a second channel when recording the first one failed', async () => {
    const game = await pendingPublish();
    let first = true;
    // Discord made the channel; the record of it throws (here: a value the database refuses).
    const failingRecord = intercept(gateway, {
      ensureChannel: async (input: EnsureChannelInput) => {
        const channel = await gateway.ensureChannel(input);
        if (!first) return channel;
        first = false;
        return { id: 'not-a-snowflake' };
      },
    });

    await workerFor(db.orm, failingRecord).drain();

    const saved = await reload(db.orm, game.id);
    const [action] = await actions(db.orm);
    expect(textChannels(fake).map((c) => c.id)).toEqual([saved.channel]);
    expect(action).toMatchObject({ status: 'done', attempts: 2 });
  });

  it('does not post a second announcement after a crash before its record', async () => {
    const game = await pendingPublish();
    let sent!: () => void;
    const posted = new Promise<void>((resolve) => (sent = resolve));
    const dying = intercept(gateway, {
      ensureAnnouncement: async (input: Parameters<RestGateway['ensureAnnouncement']>[0]) => {
        await gateway.ensureAnnouncement(input);
        sent();
        return new Promise<{ id: string }>(() => {});
      },
    });
    void workerFor(db.orm, dying).drain();
    await posted;

    await db.orm.em.fork().execute(`update outbox_action set next_attempt_at = now()`);
    await workerFor(db.orm, gateway).drain();

    const saved = await reload(db.orm, game.id);
    expect(fake.guild.allMessages().map((m) => m.id)).toEqual([saved.msgId]);
  });
});
