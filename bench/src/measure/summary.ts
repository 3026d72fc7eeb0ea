/** Latency figures of one measured operation, in milliseconds. */
export interface LatencySummary {
  median: number;
  p95: number;
  mean: number;
  samples: number;
}

/** Nearest-rank percentile of an ascending list. */
export function percentile(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) {
    return Number.NaN;
  }
  const rank = Math.ceil(fraction * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))] ?? Number.NaN;
}

export function summarize(samples: readonly number[]): LatencySummary {
  const sorted = [...samples].sort((a, b) => a - b);
  const total = sorted.reduce((sum, value) => sum + value, 0);
  return {
    median: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    mean: sorted.length ? total / sorted.length : Number.NaN,
    samples: sorted.length,
  };
}
