import { describe, expect, it } from 'vitest';

import { Channel, Game } from '@questboard/db';
import { RestGateway } from '@questboard/discord';

import {
  actions,
  category,
  enqueue,
  gameRoles,
  member,
  openGame,
  reload,
  textChannels,
  useFakeDiscord,
  workerFor,
} from './fixtures.js';

const env = useFakeDiscord();

describe('game.publish', () => {
  it('creates one role, one channel in the category and one pinned announcement, and records them', async () => {
    const gm = await member(env.db.orm, env.fake, 'Gwen');
    const player = await member(env.db.orm, env.fake, 'Pat');
    const cat = await category(env.db.orm, env.fake, 'oneshot', 'One-shots');
    const game = await openGame(env.db.orm, {
      gm,
      name: 'Tomb One',
      players: [player],
      categoryId: cat.id,
    });
    await enqueue(env.db.orm, game.id, 'game.publish');

    expect(await workerFor(env.db.orm, env.gateway).drain()).toBe(1);

    const saved = await reload(env.db.orm, game.id);
    const [role] = gameRoles(env.fake);
    const [channel] = textChannels(env.fake);
    const messages = env.fake.guild.allMessages();
    expect(gameRoles(env.fake)).toHaveLength(1);
    expect(textChannels(env.fake)).toHaveLength(1);
    expect(messages).toHaveLength(1);
    expect(saved.role).toBe(role?.id);
    expect(saved.channel).toBe(channel?.id);
    expect(saved.msgId).toBe(messages[0]?.id);
    expect(channel?.parent_id).toBe(cat.id);
    expect(messages[0]?.pinned).toBe(true);
    expect(env.fake.guild.members.get(player.id)?.roles).toEqual([role?.id]);

    const overwrites = channel?.permission_overwrites ?? [];
    expect(overwrites.find((o) => o.id === env.fake.guild.id)?.deny).toBe('1024');
    expect(overwrites.find((o) => o.id === gm.id)?.type).toBe(1);
    expect(overwrites.find((o) => o.id === role?.id)?.type).toBe(0);

    const [action] = await actions(env.db.orm);
    expect(action?.status).toBe('done');
    expect(action?.result).toMatchObject({
      role: role?.id,
      channel: channel?.id,
      msgId: saved.msgId,
    });
  });

  it('creates exactly one role, one channel and one announcement through 500s, a 429 and a failed attempt', async () => {
    const gm = await member(env.db.orm, env.fake, 'Gwen');
    const cat = await category(env.db.orm, env.fake, 'oneshot', 'One-shots');
    const game = await openGame(env.db.orm, { gm, name: 'Tomb Two', categoryId: cat.id });
    await enqueue(env.db.orm, game.id, 'game.publish');
    for (const route of [
      'POST /guilds/:guild/roles',
      'POST /guilds/:guild/channels',
      'POST /channels/:channel/messages',
    ]) {
      // Discord made the thing each time; only the answers were lost.
      env.fake.fail(route, { times: 2, status: 500, apply: true });
      env.fake.fail(route, { times: 1, status: 429, retryAfter: 0.05 });
    }
    // The whole first attempt fails after the role: the worker retries the action.
    env.fake.fail('GET /guilds/:guild/channels', { times: 2, status: 500 });

    const worker = workerFor(env.db.orm, env.gateway);
    await worker.drain();

    const saved = await reload(env.db.orm, game.id);
    expect(gameRoles(env.fake).map((r) => r.id)).toEqual([saved.role]);
    expect(textChannels(env.fake).map((c) => c.id)).toEqual([saved.channel]);
    expect(env.fake.guild.allMessages().map((m) => m.id)).toEqual([saved.msgId]);
    const [action] = await actions(env.db.orm);
    expect(action).toMatchObject({ status: 'done', attempts: 2 });
  });

  it('gives players per-member access instead of a role when the guild is near its role cap', async () => {
    const gm = await member(env.db.orm, env.fake, 'Gwen');
    const player = await member(env.db.orm, env.fake, 'Pat');
    const late = await member(env.db.orm, env.fake, 'Lou');
    const cat = await category(env.db.orm, env.fake, 'oneshot', 'One-shots');
    env.fake.guild.createRole({ name: 'Old game' });
    const game = await openGame(env.db.orm, {
      gm,
      name: 'Crowded',
      players: [player],
      categoryId: cat.id,
    });
    await enqueue(env.db.orm, game.id, 'game.publish');
    await enqueue(env.db.orm, game.id, 'member.add', { userId: late.id });
    await enqueue(env.db.orm, game.id, 'member.remove', { userId: player.id });

    await workerFor(env.db.orm, env.gateway, { discord: { roleThreshold: 2 } }).drain();

    const saved = await reload(env.db.orm, game.id);
    const channel = env.fake.guild.channels.get(saved.channel ?? '');
    const members = channel?.permission_overwrites.filter((o) => o.type === 1).map((o) => o.id);
    expect(saved.role).toBeNull();
    expect(gameRoles(env.fake).map((r) => r.name)).toEqual(['Old game']);
    expect(members).toContain(late.id);
    expect(members).toContain(gm.id);
    expect(members).not.toContain(player.id);
    expect((await actions(env.db.orm)).map((a) => a.status)).toEqual(['done', 'done', 'done']);
  });

  it('keeps the channel and role of a game published before and refreshes its announcement', async () => {
    const gm = await member(env.db.orm, env.fake, 'Gwen');
    const cat = await category(env.db.orm, env.fake, 'oneshot', 'One-shots');
    const game = await openGame(env.db.orm, { gm, name: 'Twice', categoryId: cat.id });
    await enqueue(env.db.orm, game.id, 'game.publish');
    await enqueue(env.db.orm, game.id, 'game.publish');

    await workerFor(env.db.orm, env.gateway).drain();

    expect(gameRoles(env.fake)).toHaveLength(1);
    expect(textChannels(env.fake)).toHaveLength(1);
    expect(env.fake.guild.allMessages()).toHaveLength(1);
    expect(env.fake.callsTo('PATCH /channels/:channel/messages/:message')).toHaveLength(1);
  });
});

describe('rate limits', () => {
  it('schedules the next attempt after a long retry_after instead of sleeping through it', async () => {
    const gm = await member(env.db.orm, env.fake, 'Gwen');
    const cat = await category(env.db.orm, env.fake, 'oneshot', 'One-shots');
    const game = await openGame(env.db.orm, { gm, name: 'Throttled', categoryId: cat.id });
    await enqueue(env.db.orm, game.id, 'game.publish');
    env.fake.fail('POST /guilds/:guild/roles', { status: 429, retryAfter: 120 });
    const impatient = new RestGateway({
      token: env.fake.botToken,
      guildId: env.fake.guild.id,
      api: env.fake.apiBase,
      maxRateLimitWait: 1_000,
    });

    await workerFor(env.db.orm, impatient).drain();
    impatient.destroy();

    const [action] = await actions(env.db.orm);
    expect(action?.status).toBe('pending');
    expect(action?.lastError).toMatch(/Rate limited/);
    expect(action!.nextAttemptAt.getTime() - Date.now()).toBeGreaterThan(100_000);
    expect(gameRoles(env.fake)).toHaveLength(0);
  });
});

describe('the announcement', () => {
  it('shortens a long player list with a count and sends no image that is not http(s)', async () => {
    const gm = await member(env.db.orm, env.fake, 'Gwen');
    const players = [];
    for (let i = 0; i < 60; i += 1) {
      players.push(await member(env.db.orm, env.fake, `Player-with-a-long-name-${i}`));
    }
    const cat = await category(env.db.orm, env.fake, 'oneshot', 'One-shots');
    const game = await openGame(env.db.orm, { gm, name: 'Big Table', players, categoryId: cat.id });
    await env.db.orm.em
      .fork()
      .nativeUpdate(Game, { id: game.id }, { img: 'javascript:alert(1)', partySize: 60 });
    await enqueue(env.db.orm, game.id, 'game.publish');

    await workerFor(env.db.orm, env.gateway).drain();

    const [message] = env.fake.guild.allMessages();
    const embed = message?.embeds[0] as {
      image?: unknown;
      fields: { name: string; value: string }[];
    };
    const list = embed.fields.find((f) => f.name.startsWith('Players'));
    expect(embed.image).toBeUndefined();
    expect(list?.name).toBe('Players (60/60)');
    expect(list?.value.length).toBeLessThanOrEqual(1024);
    expect(list?.value).toMatch(/… and \d+ more$/);
  });
});

describe('categories', () => {
  it('opens a new category when every category of the type is at the threshold, and registers it', async () => {
    const gm = await member(env.db.orm, env.fake, 'Gwen');
    const full = await category(env.db.orm, env.fake, 'campaign', 'Campaigns 1', 2);
    const game = await openGame(env.db.orm, {
      gm,
      name: 'Overflow',
      categoryId: full.id,
      type: 'campaign',
    });
    await enqueue(env.db.orm, game.id, 'game.publish');

    await workerFor(env.db.orm, env.gateway, { discord: { categoryThreshold: 2 } }).drain();

    const saved = await reload(env.db.orm, game.id);
    const created = [...env.fake.guild.channels.values()].find((c) => c.name === 'Campaigns 2');
    const rows = await env.db.orm.em
      .fork()
      .find(Channel, { type: 'campaign' }, { orderBy: { id: 'asc' } });
    expect(created?.type).toBe(4);
    expect(saved.category?.id).toBe(created?.id);
    expect(env.fake.guild.channels.get(saved.channel ?? '')?.parent_id).toBe(created?.id);
    expect(rows.map((r) => [r.id, r.size])).toEqual([
      [full.id, 2],
      [created?.id, 1],
    ]);
  });

  it('creates the first category of a type when none is registered', async () => {
    const gm = await member(env.db.orm, env.fake, 'Gwen');
    const game = await openGame(env.db.orm, { gm, name: 'First Ever' });
    await enqueue(env.db.orm, game.id, 'game.publish');

    await workerFor(env.db.orm, env.gateway).drain();

    const saved = await reload(env.db.orm, game.id);
    expect(env.fake.guild.channels.get(saved.category?.id ?? '')?.name).toBe('One-shots 1');
    expect(saved.category?.size).toBe(1);
  });

  it('puts two overflowing games in the same new category, created once', async () => {
    const gm = await member(env.db.orm, env.fake, 'Gwen');
    const full = await category(env.db.orm, env.fake, 'oneshot', 'One-shots 1', 2);
    const first = await openGame(env.db.orm, { gm, name: 'Over A', categoryId: full.id });
    const second = await openGame(env.db.orm, { gm, name: 'Over B', categoryId: full.id });
    await enqueue(env.db.orm, first.id, 'game.publish');
    await enqueue(env.db.orm, second.id, 'game.publish');

    await workerFor(env.db.orm, env.gateway, { discord: { categoryThreshold: 2 } }).drain();

    const categories = [...env.fake.guild.channels.values()].filter((c) => c.type === 4);
    const a = await reload(env.db.orm, first.id);
    const b = await reload(env.db.orm, second.id);
    expect(categories.map((c) => c.name)).toEqual(['One-shots 1', 'One-shots 2']);
    expect([a.category?.id, b.category?.id]).toEqual([categories[1]?.id, categories[1]?.id]);
    expect(a.category?.size).toBe(2);
    const old = await env.db.orm.em.fork().findOneOrFail(Channel, full.id);
    expect(old.size).toBe(2);
  });
});
