import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';

import type { Config } from '../config.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Security headers on every response, a per-client rate limit, and the cross-site check: a
 * state-changing request whose Origin (or Referer) names another site is refused.
 */
export async function registerSecurity(app: FastifyInstance, config: Config): Promise<void> {
  const https = config.publicOrigin?.startsWith('https:') ?? false;

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'https:', 'data:'],
        'font-src': ["'self'", 'https:', 'data:'],
        'connect-src': ["'self'"],
        'object-src': ["'none'"],
        'base-uri': ["'self'"],
        'form-action': ["'self'"],
        'frame-ancestors': ["'none'"],
        // Only behind https: on plain http://localhost an upgrade would break every asset.
        'upgrade-insecure-requests': https ? [] : null,
      },
    },
    strictTransportSecurity: https ? { maxAge: 15552000 } : false,
    // Browsers send `Origin: null` on same-origin POSTs under no-referrer, which the
    // cross-site check below would refuse; same-origin keeps URLs from other sites still.
    referrerPolicy: { policy: 'same-origin' },
  });

  await app.register(rateLimit, {
    max: config.rateLimitMax,
    timeWindow: '1 minute',
  });

  app.addHook('onRequest', async (request, reply) => {
    if (SAFE_METHODS.has(request.method)) return;

    const origin = requestOrigin(request);
    if (origin === undefined || allowedOrigins(request, config).includes(origin)) return;

    request.log.warn({ origin }, 'cross-site request refused');
    return reply
      .code(403)
      .send({ error: 'Forbidden', message: 'Cross-site requests are not accepted' });
  });
}

/** The site a browser says the request comes from: Origin, else the Referer's origin. */
function requestOrigin(request: FastifyRequest): string | undefined {
  const { origin, referer } = request.headers;
  if (origin !== undefined) return origin;
  if (referer === undefined) return undefined;

  try {
    return new URL(referer).origin;
  } catch {
    return 'invalid';
  }
}

/** This server as the browser addressed it, and the configured public origin. */
function allowedOrigins(request: FastifyRequest, config: Config): string[] {
  const own = `${request.protocol}://${request.host}`;
  return config.publicOrigin ? [own, config.publicOrigin] : [own];
}
