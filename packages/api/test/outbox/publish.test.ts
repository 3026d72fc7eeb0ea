import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { createTestDatabase, type TestDatabase } from '@questboard/db/testing';
import type { RestGateway } from '@questboard/discord';
import { FakeDiscord } from '@questboard/discord/testing';

import {
  actions,
  category,
  enqueue,
  gameRoles,
  gatewayFor,
  member,
  openGame,
  reload,
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
  fake = await FakeDiscord.start();
  gateway = gatewayFor(fake);
});

afterEach(async () => {
  gateway.destroy();
  await fake.close();
});

describe('game.publish', () => {
  it('creates one role, one channel in the category and one pinned announcement, and records them', async () => {
    const gm = await member(db.orm, fake, 'Gwen');
    const player = await member(db.orm, fake, 'Pat');
    const cat = await category(db.orm, fake, 'oneshot', 'One-shots');
    const game = await openGame(db.orm, { gm, name: 'Tomb One', players: [player], categoryId: cat.id });
    await enqueue(db.orm, game.id, 'game.publish');

    expect(await workerFor(db.orm, gateway).drain()).toBe(1);

    const saved = await reload(db.orm, game.id);
    const [role] = gameRoles(fake);
    const [channel] = textChannels(fake);
    const messages = fake.guild.allMessages();
    expect(gameRoles(fake)).toHaveLength(1);
    expect(textChannels(fake)).toHaveLength(1);
    expect(messages).toHaveLength(1);
    expect(saved.role).toBe(role?.id);
    expect(saved.channel).toBe(channel?.id);
    expect(saved.msgId).toBe(messages[0]?.id);
    expect(channel?.parent_id).toBe(cat.id);
    expect(messages[0]?.pinned).toBe(true);
    expect(fake.guild.members.get(player.id)?.roles).toEqual([role?.id]);

    const overwrites = channel?.permission_overwrites ?? [];
    expect(overwrites.find((o) => o.id === fake.guild.id)?.deny).toBe('1024');
    expect(overwrites.find((o) => o.id === gm.id)?.type).toBe(1);
    expect(overwrites.find((o) => o.id === role?.id)?.type).toBe(0);

    const [action] = await actions(db.orm);
    expect(action?.status).toBe('done');
    expect(action?.result).toMatchObject({ role: role?.id, channel: channel?.id, msgId: saved.msgId });
  });
});
