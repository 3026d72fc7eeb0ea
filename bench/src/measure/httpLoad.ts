import autocannon from 'autocannon';
import superjson from 'superjson';

import type { HttpTiming } from './results.js';
import { summarize } from './summary.js';

export interface HttpLoadOptions {
  /** Connections of the throughput run; the latency run uses one. */
  connections: number;
  /** Length of each of the two runs. */
  durationSeconds: number;
}

export const DEFAULT_HTTP_LOAD: HttpLoadOptions = { connections: 8, durationSeconds: 3 };

/** The GET URL of a tRPC query with a superjson-encoded input. */
export function queryUrl(baseUrl: string, path: string, input: unknown): string {
  const encoded = encodeURIComponent(JSON.stringify(superjson.serialize(input)));
  return `${baseUrl}/trpc/${path}?input=${encoded}`;
}

/**
 * Waits until the server answers its health check fast twice in a row: calls autocannon left
 * in flight when its run ended must not weigh on the next operation's figures.
 */
async function waitForIdle(origin: string): Promise<void> {
  const deadline = Date.now() + 120_000;
  let quick = 0;
  while (quick < 2 && Date.now() < deadline) {
    const started = Date.now();
    await fetch(`${origin}/healthz`).then((response) => response.arrayBuffer());
    quick = Date.now() - started < 50 ? quick + 1 : 0;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function run(
  url: string,
  connections: number,
  durationSeconds: number,
): Promise<{ result: autocannon.Result; samples: number[] }> {
  const samples: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { url, connections, duration: durationSeconds, timeout: 120 },
      (error: unknown, outcome) =>
        error
          ? reject(error instanceof Error ? error : new Error('autocannon failed'))
          : resolve(outcome),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => {
      samples.push(responseTime);
    });
  });
  return { result, samples };
}

/**
 * Loads one tRPC query with autocannon on loopback, twice for a bounded time: one connection
 * for latency (comparable with the in-process figures), then `connections` for throughput.
 * A slow query gets longer runs so a few calls complete. Percentiles come from every
 * response time (autocannon's own summary has no p95).
 */
export async function loadQuery(
  url: string,
  expectedMs: number,
  options: HttpLoadOptions = DEFAULT_HTTP_LOAD,
): Promise<HttpTiming> {
  // One request first: a failing query is reported, not measured.
  const probe = await fetch(url);
  if (!probe.ok) {
    throw new Error(`HTTP ${probe.status}: ${(await probe.text()).slice(0, 200)}`);
  }

  const duration = Math.min(
    30,
    Math.max(options.durationSeconds, Math.ceil((expectedMs * 5) / 1000)),
  );
  const latency = await run(url, 1, duration);
  await waitForIdle(new URL(url).origin);
  // Slow answers get fewer connections: the run would otherwise end with most calls in flight.
  const connections = expectedMs > 1000 ? 2 : options.connections;
  const load = await run(url, connections, duration);
  await waitForIdle(new URL(url).origin);
  if (latency.samples.length === 0) {
    throw new Error(`no response completed within ${duration} s`);
  }

  const all = [latency.result, load.result];
  return {
    ...summarize(latency.samples),
    throughput: load.result.requests.total / (load.result.duration || duration),
    connections,
    requests: all.reduce((sum, result) => sum + result.requests.total, 0),
    errors: all.reduce((sum, result) => sum + result.errors + result.timeouts + result.non2xx, 0),
  };
}
