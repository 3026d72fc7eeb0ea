import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { Game, OutboxAction, User } from '@questboard/db';
import { createTestDatabase, type TestDatabase } from '@questboard/db/testing';
import type { RestGateway } from '@questboard/discord';
import { FakeDiscord } from '@questboard/discord/testing';

import {
  actions,
  category,
  enqueue,
  gameRoles,
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

async function published(name: string) {
  const gm = await member(db.orm, fake, 'Gwen');
  const cat = await category(db.orm, fake, 'oneshot', 'One-shots');
  const game = await openGame(db.orm, { gm, name, categoryId: cat.id });
  await enqueue(db.orm, game.id, 'game.publish');
  await workerFor(db.orm, gateway).drain();
  return reload(db.orm, game.id);
}

describe('members', () => {
  it('gives the game role on register and takes it back on unregister', async () => {
    const game = await published('Roles');
    const pat = await member(db.orm, fake, 'Pat');

    await enqueue(db.orm, game.id, 'member.add', { userId: pat.id });
    await workerFor(db.orm, gateway).drain();
    expect(fake.guild.members.get(pat.id)?.roles).toEqual([game.role]);

    await enqueue(db.orm, game.id, 'member.remove', { userId: pat.id });
    await workerFor(db.orm, gateway).drain();
    expect(fake.guild.members.get(pat.id)?.roles).toEqual([]);
  });

  it('counts removing a member who left the guild as done', async () => {
    const game = await published('Leaver');
    const pat = await member(db.orm, fake, 'Pat');
    fake.guild.members.delete(pat.id);

    await enqueue(db.orm, game.id, 'member.remove', { userId: pat.id });
    await workerFor(db.orm, gateway).drain();

    expect((await actions(db.orm)).map((a) => a.status)).toEqual(['done', 'done']);
  });
});

describe('archive and delete', () => {
  it('archive deletes the channel and the role and clears their ids on the game', async () => {
    const game = await published('Ending');
    expect(textChannels(fake)).toHaveLength(1);

    await enqueue(db.orm, game.id, 'game.archive');
    await workerFor(db.orm, gateway).drain();

    const saved = await reload(db.orm, game.id);
    expect(textChannels(fake)).toHaveLength(0);
    expect(gameRoles(fake)).toHaveLength(0);
    expect(fake.guild.allMessages()).toHaveLength(0);
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
    await db.orm.em.fork().nativeDelete(Game, { id: game.id });

    await enqueue(db.orm, game.id, 'game.delete', payload);
    await workerFor(db.orm, gateway).drain();

    expect(textChannels(fake)).toHaveLength(0);
    expect(gameRoles(fake)).toHaveLength(0);
  });

  it('delete removes what a publish created after the service read the row', async () => {
    const gm = await member(db.orm, fake, 'Gwen');
    const cat = await category(db.orm, fake, 'oneshot', 'One-shots');
    const game = await openGame(db.orm, { gm, name: 'Racing', categoryId: cat.id });
    await enqueue(db.orm, game.id, 'game.publish');

    // The admin deletes the game while its publish is on its way to Discord.
    const racing = intercept(gateway, {
      ensureRole: async (name: string) => {
        const role = await gateway.ensureRole(name);
        await db.orm.em.fork().nativeDelete(Game, { id: game.id });
        await enqueue(db.orm, game.id, 'game.delete', {
          channel: null,
          role: null,
          msgId: null,
          categoryId: cat.id,
        });
        return role;
      },
    });
    await workerFor(db.orm, racing).drain();
    await workerFor(db.orm, gateway).drain();

    expect(gameRoles(fake)).toHaveLength(0);
    expect(textChannels(fake)).toHaveLength(0);
    expect((await actions(db.orm)).map((a) => a.status)).toEqual(['done', 'done']);
  });

  it('a slug freed by a deleted game never hands the new game the old channel or role', async () => {
    const old = await published('Reused');
    const payload = {
      channel: old.channel,
      role: old.role,
      msgId: old.msgId,
      categoryId: old.category?.id,
    };
    await db.orm.em.fork().nativeDelete(Game, { id: old.id });
    const removal = await enqueue(db.orm, old.id, 'game.delete', payload);
    // The removal is not due yet when the new game with the same slug is published.
    await db.orm.em
      .fork()
      .nativeUpdate(
        OutboxAction,
        { id: removal.id },
        { nextAttemptAt: new Date(Date.now() + 3_600_000) },
      );
    const gm = await db.orm.em.fork().findOneOrFail(User, { username: 'gwen' });
    const again = await openGame(db.orm, {
      gm,
      name: 'Reused',
      categoryId: old.category?.id ?? null,
    });
    expect(again.slug).toBe(old.slug);
    await enqueue(db.orm, again.id, 'game.publish');
    await workerFor(db.orm, gateway).drain();

    await db.orm.em
      .fork()
      .nativeUpdate(OutboxAction, { id: removal.id }, { nextAttemptAt: new Date() });
    await workerFor(db.orm, gateway).drain();

    const saved = await reload(db.orm, again.id);
    expect(gameRoles(fake).map((r) => r.id)).toEqual([saved.role]);
    expect(textChannels(fake).map((c) => c.id)).toEqual([saved.channel]);
    expect(saved.role).not.toBe(old.role);
  });
});
