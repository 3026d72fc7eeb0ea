import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { Game, OutboxAction, System, User } from '@questboard/db';

import { loadConfig, type Config } from '../src/config.js';
import { startServer, type RunningServer } from '../src/startServer.js';
import { Browser, fakeWebBuild } from './support.js';

const GM_ID = '500000000000000001';

let dataDir: string;
let config: Config;
let server: RunningServer | undefined;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'qb-embedded-'));
  config = loadConfig({
    DATA_DIR: dataDir,
    PORT: '0',
    LOG_LEVEL: 'silent',
    WEB_DIR: await fakeWebBuild(),
  });
});

afterAll(async () => {
  await server?.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('the embedded database', () => {
  it('keeps a game created through the API across a restart, and the session too', async () => {
    server = await startServer({ config });
    const em = server.database.orm.em.fork();
    em.create(User, { id: GM_ID, name: 'Embedded GM', username: 'embedded-gm', isGm: true });
    const system = em.create(System, { name: 'Embedded Test System' });
    await em.flush();

    const browser = new Browser(server.url);
    await browser.signInAs(GM_ID);
    const created = await browser.trpc().games.create.mutate({
      name: 'The Long Night',
      type: 'campaign',
      systemId: system.id,
      date: new Date('2031-01-10T19:00:00Z'),
    });
    await server.close();

    server = await startServer({ config });
    const again = new Browser(server.url);
    again.cookie = browser.cookie;
    const mine = await again.trpc().games.mine.query();

    expect(mine.running.map((game) => [game.id, game.name])).toEqual([
      [created.id, 'The Long Night'],
    ]);
    // The first start runs initdb in WebAssembly: tens of seconds on a busy machine.
  }, 240_000);

  it('keeps its files and the generated session secret under DATA_DIR', async () => {
    const secret = await readFile(join(dataDir, 'session-secret'), 'utf8');

    expect(secret.trim().length).toBeGreaterThanOrEqual(32);
    await expect(readFile(join(dataDir, 'pglite', 'PG_VERSION'), 'utf8')).resolves.toMatch(/\d+/);
  });

  it('offers the demo sign-in by default', async () => {
    const response = await new Browser(server!.url).fetch('/auth/demo/users');
    const body = (await response.json()) as { users: { id: string }[] };

    expect(response.status).toBe(200);
    expect(body.users.map((user) => user.id)).toContain(GM_ID);
  });

  it('drains Discord actions through the recording gateway when no bot is configured', async () => {
    const browser = new Browser(server!.url);
    await browser.signInAs(GM_ID);
    const [system] = await server!.database.orm.em.fork().find(System, {}, { limit: 1 });
    const draft = await browser.trpc().games.create.mutate({
      name: 'Quiet Outbox',
      type: 'oneshot',
      systemId: system!.id,
      date: new Date(Date.now() + 7 * 86_400_000),
    });

    await browser.trpc().games.publish.mutate({ id: draft.id });

    const pending = () => server!.database.orm.em.fork().count(OutboxAction, { status: 'pending' });
    while ((await pending()) > 0) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const em = server!.database.orm.em.fork();
    const game = await em.findOneOrFail(Game, draft.id);
    expect(await em.count(OutboxAction, { status: 'failed' })).toBe(0);
    expect(await em.count(OutboxAction, { gameId: draft.id, status: 'done' })).toBeGreaterThan(0);
    // The recording gateway's ids were written back: the publish ran to its end.
    expect(game.channel).toMatch(/^\d{17,21}$/);
    expect(game.role).toMatch(/^\d{17,21}$/);
  });
});
