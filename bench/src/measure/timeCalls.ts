import { performance } from 'node:perf_hooks';

import { summarize, type LatencySummary } from './summary.js';

export interface TimingOptions {
  warmup: number;
  minCalls: number;
  maxCalls: number;
  /** Stop sampling once this much time went by (after minCalls). */
  budgetMs: number;
  /** Slow calls: stop after this long once `floorCalls` samples are in. */
  hardCapMs: number;
  floorCalls: number;
  /** Parallel callers for the throughput run. */
  concurrency: number;
  throughputMs: number;
}

export const DEFAULT_TIMING: TimingOptions = {
  warmup: 5,
  minCalls: 15,
  maxCalls: 200,
  budgetMs: 1500,
  hardCapMs: 5000,
  floorCalls: 3,
  concurrency: 4,
  throughputMs: 1000,
};

export interface Timing extends LatencySummary {
  /** Completed calls per second with `concurrency` callers in parallel. */
  throughput: number;
}

/**
 * Latency of one caller calling in a loop (median, p95), then throughput with several
 * callers at once. Calls that throw abort the measurement: a failing operation has no figure.
 */
export async function timeCalls(
  call: () => Promise<unknown>,
  options: TimingOptions = DEFAULT_TIMING,
): Promise<Timing> {
  const warmupStarted = performance.now();
  for (
    let i = 0;
    i < options.warmup && performance.now() - warmupStarted < options.budgetMs;
    i += 1
  ) {
    await call();
  }

  const samples: number[] = [];
  const started = performance.now();
  const enough = () => {
    const elapsed = performance.now() - started;
    return (
      samples.length >= options.maxCalls ||
      (samples.length >= options.minCalls && elapsed >= options.budgetMs) ||
      (samples.length >= options.floorCalls && elapsed >= options.hardCapMs)
    );
  };
  while (!enough()) {
    const before = performance.now();
    await call();
    samples.push(performance.now() - before);
  }

  // Calls slower than two seconds get two parallel callers: four would only queue.
  const slow = summarize(samples).median > 2000;
  const concurrency = slow ? Math.min(2, options.concurrency) : options.concurrency;
  const throughput = await measureThroughput(call, concurrency, options.throughputMs);
  return { ...summarize(samples), throughput };
}

async function measureThroughput(
  call: () => Promise<unknown>,
  concurrency: number,
  durationMs: number,
): Promise<number> {
  let completed = 0;
  const started = performance.now();
  const deadline = started + durationMs;
  const worker = async () => {
    while (performance.now() < deadline) {
      await call();
      completed += 1;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return completed / ((performance.now() - started) / 1000);
}
