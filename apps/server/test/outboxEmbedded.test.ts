import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { Channel, DEMO_ACCOUNTS, Game, OutboxAction, System } from '@questboard/db';
import { FakeDiscord } from '@questboard/discord/testing';

import { loadConfig } from '../src/config.js';
import { startServer, type RunningServer } from '../src/startServer.js';
import { Browser, fakeWebBuild } from './support.js';

let dataDir: string;
let fake: FakeDiscord;
let server: RunningServer;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'qb-outbox-'));
  fake = await FakeDiscord.start();
  const config = loadConfig({
    DATA_DIR: dataDir,
    PORT: '0',
    LOG_LEVEL: 'silent',
    WEB_DIR: await fakeWebBuild(),
    DISCORD_GUILD_ID: fake.guild.id,
    DISCORD_BOT_TOKEN: fake.botToken,
    DISCORD_API_URL: fake.apiBase,
    OUTBOX_POLL_INTERVAL_MS: '200',
  });
  server = await startServer({ config });

  // The seeded categories and members exist on the (fake) guild too.
  const em = server.database.orm.em.fork();
  for (const category of await em.find(Channel, {})) {
    fake.guild.createChannel({ id: category.id, name: `${category.type} ${category.id}`, type: 4 });
  }
  for (const account of Object.values(DEMO_ACCOUNTS)) {
    fake.addUser({ id: account.id, username: account.username });
  }
});

afterAll(async () => {
  await server?.close();
  await fake?.close();
  await rm(dataDir, { recursive: true, force: true });
});

/** Waits for the worker (woken after each commit) to reach a state; the test's timeout bounds it. */
async function until(done: () => boolean | Promise<boolean>): Promise<void> {
  while (!(await done())) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('the outbox on the embedded database (one connection)', () => {
  it('delivers publish and register to Discord while requests keep coming', async () => {
    const gm = new Browser(server.url);
    const player = new Browser(server.url);
    await gm.signInAs(DEMO_ACCOUNTS.gm.id);
    await player.signInAs(DEMO_ACCOUNTS.player.id);
    const [system] = await server.database.orm.em.fork().find(System, {}, { limit: 1 });

    const draft = await gm.trpc().games.create.mutate({
      name: 'Embedded Outbox',
      type: 'oneshot',
      systemId: system!.id,
      date: new Date(Date.now() + 7 * 86_400_000),
      classification: { action: 1, investigation: 1, interaction: 1, horror: 0 },
    });
    await gm.trpc().games.publish.mutate({ id: draft.id });
    await player.trpc().games.register.mutate({ id: draft.id });
    // More requests while the worker talks to Discord.
    for (let i = 0; i < 5; i += 1) {
      await gm.trpc().games.search.query({});
    }

    const em = () => server.database.orm.em.fork();
    await until(async () => (await em().count(OutboxAction, { status: 'pending' })) === 0);
    const game = await em().findOneOrFail(Game, draft.id);
    const channel = fake.guild.channels.get(game.channel ?? '');
    expect(channel?.name).toBe(`${game.slug}-${game.id}`);
    expect(fake.guild.members.get(DEMO_ACCOUNTS.player.id)?.roles).toEqual([game.role]);
    expect(fake.guild.allMessages().map((m) => m.id)).toEqual([game.msgId]);
    expect(await em().count(OutboxAction, { status: 'failed' })).toBe(0);
  });
});
