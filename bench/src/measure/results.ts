import type { OperationKey } from './operations.js';
import type { Timing } from './timeCalls.js';

/** A layer's figures for one operation; `statements` is SQL statements per call. */
export interface LayerTiming extends Timing {
  statements?: number;
}

export interface HttpTiming extends Timing {
  /** Parallel connections autocannon kept open. */
  connections: number;
  requests: number;
  errors: number;
}

export interface OperationResult {
  key: OperationKey;
  label: string;
  raw?: LayerTiming;
  repository?: LayerTiming;
  api?: LayerTiming;
  http?: HttpTiming;
  /** Why a layer has no figure. */
  notes: string[];
}

export interface ContentionResult {
  via: string;
  clients: number;
  games: number;
  partySize: number;
  succeeded: number;
  rejected: number;
  failed: number;
  seconds: number;
  throughput: number;
  median: number;
  p95: number;
  /** Games whose table holds more players than seats (must be 0). */
  overbooked: number;
  passed: boolean;
  /** A few distinct failure messages, when calls failed for another reason than a full table. */
  failures: string[];
}

export interface SizeResult {
  size: number;
  counts: Record<string, number>;
  measuredAt: string;
  operations: OperationResult[];
  /** One run in process and one over HTTP, on fresh games each. */
  contention: ContentionResult[];
  /** 1-minute load average of the machine when the size's measurements began and ended. */
  loadAverage?: { start: number; end: number };
  /** Peak resident memory of the server process over the HTTP runs, in MB. */
  serverPeakRssMb?: number;
}
