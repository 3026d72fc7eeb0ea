// The README's start command, run from a fresh clone of the committed tree. Slow (install and
// build from nothing): runs when CI or QB_SLOW_TESTS is set.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { REPO_ROOT } from '../src/config.js';

const slow = Boolean(process.env.CI || process.env.QB_SLOW_TESTS);
const START_COMMAND = 'npx -y pnpm@10 install && npx -y pnpm@10 start';
const STARTUP_LIMIT_MS = 15 * 60_000;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (!address || typeof address !== 'object') throw new Error('no port');
  return address.port;
}

/** The caller's environment minus what the test runner and package manager add. */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => !/^(npm_|PNPM_|TURBO_|VITEST|NODE_ENV$|DATABASE_URL$|TEST$)/i.test(key),
    ),
  );
  return { ...env, ...extra };
}

async function waitForReady(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + STARTUP_LIMIT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the start command exited with ${child.exitCode}`);
    try {
      const response = await fetch(`${url}/readyz`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error('the server did not become ready in time');
}

describe.skipIf(!slow)('the README start command on a fresh clone', () => {
  let workDir: string | undefined;
  let child: ChildProcess | undefined;
  let output = '';

  afterAll(async () => {
    if (child?.pid && child.exitCode === null) process.kill(-child.pid, 'SIGKILL');
    if (workDir) await rm(workDir, { recursive: true, force: true });
  });

  it(
    'installs, builds, migrates, seeds and serves the board and /readyz, then stops cleanly',
    async () => {
      workDir = await mkdtemp(join(tmpdir(), 'qb-clone-'));
      const clone = join(workDir, 'questboard');
      execFileSync('git', ['clone', '--quiet', REPO_ROOT, clone]);
      const port = await freePort();
      const url = `http://127.0.0.1:${port}`;

      child = spawn('sh', ['-c', START_COMMAND], {
        cwd: clone,
        env: cleanEnv({ PORT: String(port), DATA_DIR: join(workDir, 'data') }),
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));

      try {
        await waitForReady(url, child);
      } catch (error) {
        console.error(output.slice(-6000));
        throw error;
      }
      const page = await fetch(url, { headers: { accept: 'text/html' } });
      const html = await page.text();
      const demo = (await (await fetch(`${url}/auth/demo/users`)).json()) as {
        suggested: { player: unknown; gm: unknown; admin: unknown };
      };
      // 'close' waits for every process of the group holding the output pipes, the server included.
      const closed = new Promise((resolve) => child!.once('close', resolve));
      process.kill(-child.pid!, 'SIGTERM');
      await closed;

      expect(page.status).toBe(200);
      expect(html).toContain('<script type="module"');
      expect(html).not.toContain('not built yet');
      expect(demo.suggested.player).not.toBeNull();
      expect(demo.suggested.gm).not.toBeNull();
      expect(demo.suggested.admin).not.toBeNull();
      expect(output).toContain('stopped cleanly');
    },
    STARTUP_LIMIT_MS + 60_000,
  );
});
