import { describe, expect, it } from 'vitest';

import { Game, OutboxAction, User } from '@questboard/db';

import {
  actions,
  category,
  enqueue,
  gameRoles,
  intercept,
  member,
  openGame,
  reload,
  textChannels,
  useFakeDiscord,
  workerFor,
} from './fixtures.js';

const env = useFakeDiscord();

async function published(name: string) {
  const gm = await member(env.db.orm, env.fake, 'Gwen');
  const cat = await category(env.db.orm, env.fake, 'oneshot', 'One-shots');
  const game = await openGame(env.db.orm, { gm, name, categoryId: cat.id });
  await enqueue(env.db.orm, game.id, 'game.publish');
  await workerFor(env.db.orm, env.gateway).drain();
  return reload(env.db.orm, game.id);
}

describe('members', () => {
  it('gives the game role on register and takes it back on unregister', async () => {
    const game = await published('Roles');
    const pat = await member(env.db.orm, env.fake, 'Pat');

    await enqueue(env.db.orm, game.id, 'member.add', { userId: pat.id });
    await workerFor(env.db.orm, env.gateway).drain();
    expect(env.fake.guild.members.get(pat.id)?.roles).toEqual([game.role]);

    await enqueue(env.db.orm, game.id, 'member.remove', { userId: pat.id });
    await workerFor(env.db.orm, env.gateway).drain();
    expect(env.fake.guild.members.get(pat.id)?.roles).toEqual([]);
  });

  it('counts removing a member who left the guild as done', async () => {
    const game = await published('Leaver');
    const pat = await member(env.db.orm, env.fake, 'Pat');
    env.fake.guild.members.delete(pat.id);

    await enqueue(env.db.orm, game.id, 'member.remove', { userId: pat.id });
    await workerFor(env.db.orm, env.gateway).drain();

    expect((await actions(env.db.orm)).map((a) => a.status)).toEqual(['done', 'done']);
  });
});

describe('archive and delete', () => {
  it('archive deletes the channel and the role and clears their ids on the game', async () => {
    const game = await published('Ending');
    expect(textChannels(env.fake)).toHaveLength(1);

    await enqueue(env.db.orm, game.id, 'game.archive');
    await workerFor(env.db.orm, env.gateway).drain();

    const saved = await reload(env.db.orm, game.id);
    expect(textChannels(env.fake)).toHaveLength(0);
    expect(gameRoles(env.fake)).toHaveLength(0);
    expect(env.fake.guild.allMessages()).toHaveLength(0);
    expect([saved.channel, saved.role, saved.msgId]).toEqual([null, null, null]);
    // The service took the seat back when it archived; the worker leaves the count alone.
    expect(saved.category?.size).toBe(1);
  });

  it('delete removes what the payload names once the row is gone', async () => {
    const game = await published('Gone');
    const payload = {
      channel: game.channel,
      role: game.role,
      msgId: game.msgId,
      categoryId: game.category?.id,
    };
    await env.db.orm.em.fork().nativeDelete(Game, { id: game.id });

    await enqueue(env.db.orm, game.id, 'game.delete', payload);
    await workerFor(env.db.orm, env.gateway).drain();

    expect(textChannels(env.fake)).toHaveLength(0);
    expect(gameRoles(env.fake)).toHaveLength(0);
  });

  it('delete removes what a publish created after the service read the row', async () => {
    const gm = await member(env.db.orm, env.fake, 'Gwen');
    const cat = await category(env.db.orm, env.fake, 'oneshot', 'One-shots');
    const game = await openGame(env.db.orm, { gm, name: 'Racing', categoryId: cat.id });
    await enqueue(env.db.orm, game.id, 'game.publish');

    // The admin deletes the game while its publish is on its way to Discord.
    const racing = intercept(env.gateway, {
      ensureRole: async (name: string) => {
        const role = await env.gateway.ensureRole(name);
        await env.db.orm.em.fork().nativeDelete(Game, { id: game.id });
        await enqueue(env.db.orm, game.id, 'game.delete', {
          channel: null,
          role: null,
          msgId: null,
          categoryId: cat.id,
        });
        return role;
      },
    });
    await workerFor(env.db.orm, racing).drain();
    await workerFor(env.db.orm, env.gateway).drain();

    expect(gameRoles(env.fake)).toHaveLength(0);
    expect(textChannels(env.fake)).toHaveLength(0);
    expect((await actions(env.db.orm)).map((a) => a.status)).toEqual(['done', 'done']);
  });

  it('a slug freed by a deleted game never hands the new game the old channel or role', async () => {
    const old = await published('Reused');
    const payload = {
      channel: old.channel,
      role: old.role,
      msgId: old.msgId,
      categoryId: old.category?.id,
    };
    await env.db.orm.em.fork().nativeDelete(Game, { id: old.id });
    const removal = await enqueue(env.db.orm, old.id, 'game.delete', payload);
    // The removal is not due yet when the new game with the same slug is published.
    await env.db.orm.em
      .fork()
      .nativeUpdate(
        OutboxAction,
        { id: removal.id },
        { nextAttemptAt: new Date(Date.now() + 3_600_000) },
      );
    const gm = await env.db.orm.em.fork().findOneOrFail(User, { username: 'gwen' });
    const again = await openGame(env.db.orm, {
      gm,
      name: 'Reused',
      categoryId: old.category?.id ?? null,
    });
    expect(again.slug).toBe(old.slug);
    await enqueue(env.db.orm, again.id, 'game.publish');
    await workerFor(env.db.orm, env.gateway).drain();

    await env.db.orm.em
      .fork()
      .nativeUpdate(OutboxAction, { id: removal.id }, { nextAttemptAt: new Date() });
    await workerFor(env.db.orm, env.gateway).drain();

    const saved = await reload(env.db.orm, again.id);
    expect(gameRoles(env.fake).map((r) => r.id)).toEqual([saved.role]);
    expect(textChannels(env.fake).map((c) => c.id)).toEqual([saved.channel]);
    expect(saved.role).not.toBe(old.role);
  });
});
