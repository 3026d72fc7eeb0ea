import { describe, expect, it } from 'vitest';

import type { EnsureChannelInput, RestGateway } from '@questboard/discord';

import {
  actions,
  category,
  enqueue,
  intercept,
  member,
  openGame,
  reload,
  textChannels,
  useFakeDiscord,
  workerFor,
} from './fixtures.js';

const env = useFakeDiscord();

async function pendingPublish() {
  const gm = await member(env.db.orm, env.fake, 'Gwen');
  const cat = await category(env.db.orm, env.fake, 'oneshot', 'One-shots');
  const game = await openGame(env.db.orm, { gm, name: 'Fragile', categoryId: cat.id });
  await enqueue(env.db.orm, game.id, 'game.publish');
  return game;
}

describe('a worker dying between a Discord call and its record', () => {
  it('does not create a second channel when another worker takes over after the lease', async () => {
    const game = await pendingPublish();
    let sent!: () => void;
    const channelSent = new Promise<void>((resolve) => (sent = resolve));
    // The process freezes for good right after Discord made the channel.
    const dying = intercept(env.gateway, {
      ensureChannel: async (input: EnsureChannelInput) => {
        await env.gateway.ensureChannel(input);
        sent();
        return new Promise<{ id: string }>(() => {});
      },
    });
    void workerFor(env.db.orm, dying).drain();
    await channelSent;

    // Its lease runs out; a new worker finds the action due again.
    await env.db.orm.em.fork().execute(`update outbox_action set next_attempt_at = now()`);
    await workerFor(env.db.orm, env.gateway).drain();

    const saved = await reload(env.db.orm, game.id);
    expect(textChannels(env.fake).map((c) => c.id)).toEqual([saved.channel]);
    expect(env.fake.guild.allMessages()).toHaveLength(1);
    expect(await actions(env.db.orm)).toMatchObject([{ status: 'done', attempts: 2 }]);
  });

  it('does not create a second channel when recording the first one failed', async () => {
    const game = await pendingPublish();
    let first = true;
    // Discord made the channel; the record of it throws (here: a value the database refuses).
    const failingRecord = intercept(env.gateway, {
      ensureChannel: async (input: EnsureChannelInput) => {
        const channel = await env.gateway.ensureChannel(input);
        if (!first) return channel;
        first = false;
        return { id: 'not-a-snowflake' };
      },
    });

    await workerFor(env.db.orm, failingRecord).drain();

    const saved = await reload(env.db.orm, game.id);
    const [action] = await actions(env.db.orm);
    expect(textChannels(env.fake).map((c) => c.id)).toEqual([saved.channel]);
    expect(action).toMatchObject({ status: 'done', attempts: 2 });
  });

  it('does not post a second announcement after a crash before its record', async () => {
    const game = await pendingPublish();
    let sent!: () => void;
    const posted = new Promise<void>((resolve) => (sent = resolve));
    const dying = intercept(env.gateway, {
      ensureAnnouncement: async (input: Parameters<RestGateway['ensureAnnouncement']>[0]) => {
        await env.gateway.ensureAnnouncement(input);
        sent();
        return new Promise<{ id: string }>(() => {});
      },
    });
    void workerFor(env.db.orm, dying).drain();
    await posted;

    await env.db.orm.em.fork().execute(`update outbox_action set next_attempt_at = now()`);
    await workerFor(env.db.orm, env.gateway).drain();

    const saved = await reload(env.db.orm, game.id);
    expect(env.fake.guild.allMessages().map((m) => m.id)).toEqual([saved.msgId]);
  });
});
