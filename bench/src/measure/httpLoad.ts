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
    20,
    Math.max(options.durationSeconds, Math.ceil((expectedMs * 5) / 1000)),
  );
  const latency = await run(url, 1, duration);
  const load = await run(url, options.connections, duration);
  if (latency.samples.length === 0) {
    throw new Error(`no response completed within ${duration} s`);
  }

  const all = [latency.result, load.result];
  return {
    ...summarize(latency.samples),
    throughput: load.result.requests.total / (load.result.duration || duration),
    connections: options.connections,
    requests: all.reduce((sum, result) => sum + result.requests.total, 0),
    errors: all.reduce((sum, result) => sum + result.errors + result.timeouts + result.non2xx, 0),
  };
}
