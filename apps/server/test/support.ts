import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { createTRPCClient, httpBatchLink } from '@trpc/client';
import superjson from 'superjson';

import type { AppRouter } from '@questboard/api';

/** A folder holding a stand-in web build: an index.html and one hashed asset. */
export async function fakeWebBuild(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'qb-web-'));
  await writeFile(join(dir, 'index.html'), '<!doctype html><div id="root"></div>');
  await mkdir(join(dir, 'assets'));
  await writeFile(join(dir, 'assets', 'app-abc123.js'), 'console.log("questboard");');
  return dir;
}

/** A browser-like HTTP client: keeps the session cookie and sends the page's Origin. */
export class Browser {
  cookie = '';

  constructor(readonly baseUrl: string) {}

  async fetch(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookie && !headers.has('cookie')) headers.set('cookie', this.cookie);
    if (init.method && init.method !== 'GET' && !headers.has('origin')) {
      headers.set('origin', this.baseUrl);
    }

    const response = await fetch(new URL(path, this.baseUrl), { ...init, headers });
    const setCookie = response.headers
      .getSetCookie()
      .find((line) => line.startsWith('qb_session='));
    if (setCookie) this.cookie = setCookie.split(';')[0]!;
    return response;
  }

  /** POST /auth/demo as this member. */
  async signInAs(userId: string): Promise<Response> {
    return this.fetch('/auth/demo', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ userId }),
    });
  }

  /** A typed tRPC client going through this browser's cookie and origin. */
  trpc() {
    return createTRPCClient<AppRouter>({
      links: [
        httpBatchLink({
          url: new URL('/trpc', this.baseUrl).toString(),
          transformer: superjson,
          fetch: (url, init) => this.fetch(String(url), init as RequestInit),
        }),
      ],
    });
  }
}
