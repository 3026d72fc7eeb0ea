import type { AddressInfo } from 'node:net';

import type { MikroORM } from '@mikro-orm/postgresql';
import { createTRPCClient, httpBatchLink } from '@trpc/client';
import { createHTTPServer } from '@trpc/server/adapters/standalone';
import superjson from 'superjson';

import { createContext } from '../src/createContext.js';
import { appRouter, type AppRouter } from '../src/routers/_app.js';
import type { Actor } from '../src/services/Service.js';
import { logger } from './fixtures.js';

export interface TestServer {
  url: string;
  /** A client signed in as `user` (null: anonymous); calls made together share one request. */
  client(user: Actor | null): ReturnType<typeof createTRPCClient<AppRouter>>;
  /** HTTP requests served so far. */
  requests(): number;
  close(): Promise<void>;
}

/**
 * The API over real HTTP on 127.0.0.1, one context per request as the server builds it. The
 * member is named by a header here; the real server reads the session cookie.
 */
export async function startServer(orm: MikroORM, users: Actor[]): Promise<TestServer> {
  const byId = new Map(users.map((user) => [user.id, user]));
  let requests = 0;
  const server = createHTTPServer({
    router: appRouter,
    createContext: ({ req }) => {
      requests += 1;
      const id = req.headers['x-test-user'];
      return createContext({
        orm,
        user: typeof id === 'string' ? (byId.get(id) ?? null) : null,
        requestId: `http-${requests}`,
        logger,
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url,
    client(user) {
      return createTRPCClient<AppRouter>({
        links: [
          httpBatchLink({
            url,
            transformer: superjson,
            headers: () => (user ? { 'x-test-user': user.id } : {}),
          }),
        ],
      });
    },
    requests: () => requests,
    close() {
      return new Promise((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      );
    },
  };
}
