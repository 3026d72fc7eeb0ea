// Starts the real server (its built `start` entry) on a fresh test database and a free port,
// and drives it with Debian's Chromium through playwright-core.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

import { createTestDatabase, type TestDatabase } from '@questboard/db/testing';

import { seedClub } from './fixtures.js';

const here = dirname(fileURLToPath(import.meta.url));
export const WEB_DIR = resolve(here, '..');
const SERVER_MAIN = resolve(WEB_DIR, '../server/dist/main.js');
export const RESULTS_DIR = resolve(WEB_DIR, 'test-results');

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A port nobody listens on right now (the server gets it next). */
async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}

async function waitUntilReady(
  baseUrl: string,
  server: ChildProcess,
  output: () => string,
): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) {
      throw new Error(`the server exited with ${server.exitCode}:\n${output()}`);
    }
    try {
      const response = await fetch(`${baseUrl}/readyz`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((done) => setTimeout(done, 250));
  }
  throw new Error(`the server did not become ready within 60 s:\n${output()}`);
}

export interface Stack {
  baseUrl: string;
  db: TestDatabase;
  browser: Browser;
  /** A fresh browser profile (its own cookies) with one page. */
  newPage(): Promise<{ context: BrowserContext; page: Page }>;
  stop(): Promise<void>;
}

/** The server on a migrated database holding the fixture club, plus a browser. */
export async function startStack(): Promise<Stack> {
  if (!existsSync(SERVER_MAIN)) {
    throw new Error(
      `${SERVER_MAIN} is missing: build the server first (pnpm --filter @questboard/server build)`,
    );
  }
  if (!existsSync(resolve(WEB_DIR, 'dist/index.html'))) {
    throw new Error(
      'apps/web/dist is missing: build the web app first (pnpm --filter @questboard/web build)',
    );
  }
  mkdirSync(RESULTS_DIR, { recursive: true });

  const db = await createTestDatabase();
  await seedClub(db.orm);
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  let log = '';
  const server = spawn(process.execPath, [SERVER_MAIN], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: db.url,
      SESSION_SECRET: randomBytes(32).toString('hex'),
      DEMO_SIGN_IN: 'true',
      LOG_LEVEL: 'warn',
      RATE_LIMIT_MAX: '100000',
      WEB_DIR: resolve(WEB_DIR, 'dist'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));

  let browser: Browser | undefined;
  try {
    await waitUntilReady(baseUrl, server, () => log);
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    });
  } catch (error) {
    server.kill('SIGTERM');
    await db.drop();
    throw error;
  }
  const launched = browser;

  return {
    baseUrl,
    db,
    browser: launched,
    async newPage() {
      const context = await launched.newContext({
        baseURL: baseUrl,
        viewport: { width: 1280, height: 900 },
      });
      context.setDefaultTimeout(15_000);
      const page = await context.newPage();
      page.on('pageerror', (error) => console.error('[page error]', error.message));
      return { context, page };
    },
    async stop() {
      await launched.close();
      const exited = new Promise((done) => server.once('exit', done));
      server.kill('SIGTERM');
      await Promise.race([exited, new Promise((done) => setTimeout(done, 10_000))]);
      if (server.exitCode === null) server.kill('SIGKILL');
      await db.drop();
    },
  };
}

/** Saves a full-page screenshot under apps/web/test-results/. */
export async function screenshot(page: Page, name: string): Promise<string> {
  const path = resolve(RESULTS_DIR, `${name}.png`);
  // From the top, so the sticky header sits where a reader expects it.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** Signs in through the demo sign-in page as the suggested member of a role, or by name. */
export async function signIn(
  page: Page,
  who: 'player' | 'gm' | 'admin' | { name: string },
): Promise<string> {
  await page.goto('/sign-in');
  const labels = { player: 'A player', gm: 'A game master', admin: 'An admin' } as const;
  const button =
    typeof who === 'string'
      ? page.locator('.quick-pick', { hasText: labels[who] })
      : page.getByRole('button', { name: `Sign in as ${who.name}`, exact: true }).first();
  const name =
    typeof who === 'string'
      ? ((await button.locator('.quick-pick-name').textContent()) ?? '')
      : who.name;
  await button.click();
  await page.waitForURL((url) => url.pathname === '/');
  await page.locator('.user-chip', { hasText: name }).waitFor();
  return name;
}

/** A link of the main navigation, by its exact label. */
export function navLink(page: Page, name: string) {
  return page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true });
}

/** Clicks a filter chip (a styled checkbox) by its label. */
export async function toggleChip(page: Page, name: string): Promise<void> {
  await page.locator('.chip', { hasText: name }).first().click();
}
