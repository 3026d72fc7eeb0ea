import { existsSync } from 'node:fs';
import { join } from 'node:path';

import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

const PLACEHOLDER = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>Questboard</title></head>
  <body>
    <h1>Questboard</h1>
    <p>The server is running, but the web app is not built yet.</p>
    <p>Build it with <code>npx -y pnpm@10 --filter @questboard/web build</code>, or start
      everything with <code>npx -y pnpm@10 start</code>. The API answers at <code>/trpc</code>.</p>
  </body>
</html>
`;

/** A browser navigating to a client route: GET, outside the API, wants a page. */
function wantsPage(request: FastifyRequest): boolean {
  const path = request.url.split('?')[0]!;
  return (
    (request.method === 'GET' || request.method === 'HEAD') &&
    !path.startsWith('/trpc') &&
    !path.startsWith('/auth/') &&
    (request.headers.accept ?? '').includes('text/html')
  );
}

/**
 * Serves the built web app at `/`, falling back to its index.html for client routes; when the
 * build is missing, a small page says how to build it. Anything else unknown is a JSON 404.
 */
export async function webRoutes(app: FastifyInstance, { webDir }: { webDir: string }) {
  const built = existsSync(join(webDir, 'index.html'));
  if (built) {
    // Hashed assets never change under their name; index.html must always be revalidated.
    await app.register(fastifyStatic, {
      root: webDir,
      wildcard: true,
      setHeaders(reply, path) {
        const immutable = path.startsWith(join(webDir, 'assets'));
        reply.header(
          'cache-control',
          immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    });
  } else {
    app.log.warn({ webDir }, 'the web app is not built: serving a placeholder page at /');
    app.get('/', (_request, reply) => sendPlaceholder(reply));
  }

  app.setNotFoundHandler((request, reply) => {
    if (!wantsPage(request)) {
      return reply.code(404).send({
        error: 'Not Found',
        message: `No route for ${request.method} ${request.url.split('?')[0]}`,
      });
    }
    if (!built) return sendPlaceholder(reply);
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
}

function sendPlaceholder(reply: FastifyReply) {
  return reply.type('text/html; charset=utf-8').send(PLACEHOLDER);
}
