import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { RestGateway } from '../src/RestGateway.js';
import { FakeDiscord } from '../src/testing/index.js';

let fake: FakeDiscord;
let gateway: RestGateway;

const GM = '1300000000000000001';
const PLAYER = '1300000000000000002';
const embed = { title: 'Tomb', description: 'Scary.', fields: [{ name: 'GM', value: 'Gwen' }] };

beforeEach(async () => {
  fake = await FakeDiscord.start();
  fake.addUser({ id: GM, username: 'gwen' });
  fake.addUser({ id: PLAYER, username: 'pat' });
  gateway = new RestGateway({
    token: fake.botToken,
    guildId: fake.guild.id,
    api: fake.apiBase,
    timeout: 500,
    retries: 1,
  });
});

afterEach(async () => {
  gateway.destroy();
  await fake.close();
});

const roles = () => [...fake.guild.roles.values()].filter((r) => r.name !== '@everyone');
const texts = () => [...fake.guild.channels.values()].filter((c) => c.type === 0);

describe('RestGateway creates', () => {
  it('finds an existing role by name instead of creating a second one', async () => {
    const first = await gateway.ensureRole('tomb-by-gwen');
    const second = await gateway.ensureRole('tomb-by-gwen');

    expect(second.id).toBe(first.id);
    expect(roles()).toHaveLength(1);
    expect(fake.callsTo('POST /guilds/:guild/roles')).toHaveLength(1);
  });

  it('creates one role when two 500s answered creates that Discord had made, and a 429 came between', async () => {
    fake.fail('POST /guilds/:guild/roles', { times: 2, status: 500, apply: true });
    fake.fail('GET /guilds/:guild/roles', { times: 1, status: 429, retryAfter: 0.05 });

    const role = await gateway.ensureRole('tomb-by-gwen');

    expect(roles().map((r) => r.id)).toEqual([role.id]);
  });

  it('retries a create that failed with 500 without effect, and creates it once', async () => {
    fake.fail('POST /guilds/:guild/roles', { times: 2, status: 500 });

    const role = await gateway.ensureRole('tomb-by-gwen');

    expect(roles().map((r) => r.id)).toEqual([role.id]);
    expect(fake.callsTo('POST /guilds/:guild/roles').map((c) => c.status)).toEqual([500, 500, 200]);
  });

  it('sleeps through a 429 on a create and makes it once', async () => {
    fake.fail('POST /guilds/:guild/roles', { times: 1, status: 429, retryAfter: 0.1 });

    await gateway.ensureRole('tomb-by-gwen');

    expect(roles()).toHaveLength(1);
    expect(fake.callsTo('POST /guilds/:guild/roles').map((c) => c.status)).toEqual([429, 200]);
  });

  it('finds the channel a dropped connection hid, inside its category only', async () => {
    const category = await gateway.ensureCategory('One-shots 1');
    const other = await gateway.ensureCategory('Campaigns 1');
    await gateway.ensureChannel({ categoryId: other.id, name: 'tomb-by-gwen', gmId: GM });
    fake.fail('POST /guilds/:guild/channels', { times: 1, drop: true, apply: true });

    const channel = await gateway.ensureChannel({
      categoryId: category.id,
      name: 'tomb-by-gwen',
      gmId: GM,
    });

    const inCategory = texts().filter((c) => c.parent_id === category.id);
    expect(inCategory.map((c) => c.id)).toEqual([channel.id]);
  });

  it('names a category missing from the guild instead of letting Discord refuse the form', async () => {
    await expect(
      gateway.ensureChannel({ categoryId: '1999999999999999999', name: 'tomb', gmId: GM }),
    ).rejects.toThrow(/1999999999999999999 is not a category of the guild/);
    expect(fake.callsTo('POST /guilds/:guild/channels')).toHaveLength(0);
  });

  it('gives the channel to the GM, the role and the bot, and hides it from everyone else', async () => {
    const category = await gateway.ensureCategory('One-shots 1');
    const role = await gateway.ensureRole('tomb-by-gwen');

    const { id } = await gateway.ensureChannel({
      categoryId: category.id,
      name: 'Tomb by Gwen!',
      gmId: GM,
      roleId: role.id,
    });

    const channel = fake.guild.channels.get(id);
    const byId = new Map(channel?.permission_overwrites.map((o) => [o.id, o]));
    expect(channel?.name).toBe('tomb-by-gwen');
    expect(byId.get(fake.guild.id)).toMatchObject({ type: 0, deny: '1024' });
    expect(BigInt(byId.get(GM)?.allow ?? 0) & 8192n).toBe(8192n);
    expect(BigInt(byId.get(role.id)?.allow ?? 0) & 1024n).toBe(1024n);
    expect(BigInt(byId.get(fake.guild.bot.id)?.allow ?? 0) & 1024n).toBe(1024n);
  });

  it('uses per-member overwrites when there is no role', async () => {
    const category = await gateway.ensureCategory('One-shots 1');

    const { id } = await gateway.ensureChannel({
      categoryId: category.id,
      name: 'tomb',
      gmId: GM,
      memberIds: [PLAYER],
    });
    await gateway.denyMember(id, PLAYER);
    await gateway.allowMember(id, '1300000000000000009');

    const ids = fake.guild.channels.get(id)?.permission_overwrites.map((o) => o.id);
    expect(ids).toContain('1300000000000000009');
    expect(ids).not.toContain(PLAYER);
  });
});

describe('RestGateway announcements', () => {
  async function channel(): Promise<string> {
    const category = await gateway.ensureCategory('One-shots 1');
    return (await gateway.ensureChannel({ categoryId: category.id, name: 'tomb', gmId: GM })).id;
  }

  it('posts with a nonce and finds the message by it on a repeat', async () => {
    const channelId = await channel();

    const first = await gateway.ensureAnnouncement({ channelId, embed, nonce: 'qb-1-1' });
    const again = await gateway.ensureAnnouncement({ channelId, embed, nonce: 'qb-1-1' });

    expect(again.id).toBe(first.id);
    expect(fake.guild.allMessages()).toHaveLength(1);
    expect(fake.callsTo('POST /channels/:channel/messages')[0]?.body).toMatchObject({
      nonce: 'qb-1-1',
      enforce_nonce: true,
    });
  });

  it('posts once when the answer to the post was too slow to wait for', async () => {
    const channelId = await channel();
    fake.fail('POST /channels/:channel/messages', { times: 1, delayMs: 1_500 });

    await gateway.ensureAnnouncement({ channelId, embed, nonce: 'qb-1-2' });

    expect(fake.guild.allMessages()).toHaveLength(1);
  });

  it('keeps long nonces within Discord’s 25 characters, the same each time', async () => {
    const channelId = await channel();
    const nonce = 'qb-123456789-987654321-and-more';

    await gateway.ensureAnnouncement({ channelId, embed, nonce });
    await gateway.ensureAnnouncement({ channelId, embed, nonce });

    const sent = fake.callsTo('POST /channels/:channel/messages')[0]?.body as { nonce: string };
    expect(sent.nonce.length).toBeLessThanOrEqual(25);
    expect(fake.guild.allMessages()).toHaveLength(1);
  });

  it('edits, pins and deletes, and a second delete counts as done', async () => {
    const channelId = await channel();
    const { id } = await gateway.ensureAnnouncement({ channelId, embed, nonce: 'qb-1-3' });

    await gateway.editAnnouncement(channelId, id, { ...embed, title: 'Tomb (full)' });
    await gateway.pinAnnouncement(channelId, id);
    const message = fake.guild.message(channelId, id);
    expect(message.pinned).toBe(true);
    expect(message.embeds[0]).toMatchObject({ title: 'Tomb (full)' });

    await gateway.deleteAnnouncement(channelId, id);
    await expect(gateway.deleteAnnouncement(channelId, id)).resolves.toBeUndefined();
    expect(fake.guild.allMessages()).toHaveLength(0);
  });
});

describe('RestGateway deletes and members', () => {
  it('treats a 404 on delete as done', async () => {
    await expect(gateway.deleteChannel('1999999999999999999')).resolves.toBeUndefined();
    await expect(gateway.deleteRole('1999999999999999999')).resolves.toBeUndefined();
  });

  it('adds and removes a member’s role, and counts roles', async () => {
    const role = await gateway.ensureRole('tomb');

    await gateway.addMemberRole(PLAYER, role.id);
    expect(fake.guild.members.get(PLAYER)?.roles).toEqual([role.id]);
    expect(await gateway.countRoles()).toBe(2);

    await gateway.removeMemberRole(PLAYER, role.id);
    expect(fake.guild.members.get(PLAYER)?.roles).toEqual([]);
  });

  it('throws what Discord refused, for the worker to retry or record', async () => {
    await expect(gateway.addMemberRole('1399999999999999999', '1')).rejects.toMatchObject({
      status: 404,
    });
  });

  it('throws after its attempts when Discord keeps failing', async () => {
    fake.fail('GET /guilds/:guild/roles', { times: 10, status: 500 });

    await expect(gateway.countRoles()).rejects.toMatchObject({ status: 500 });
    expect(fake.callsTo('GET /guilds/:guild/roles')).toHaveLength(2);
  });
});
