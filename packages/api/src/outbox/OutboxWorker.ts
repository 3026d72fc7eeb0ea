import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';

import { describeError, retryAfterMs, type DiscordGateway } from '@questboard/discord';

import type { OutboxKind } from './enqueue.js';
import type { Handler, HandlerContext } from './handlers/HandlerContext.js';
import { addMember, removeMember } from './handlers/members.js';
import { publish } from './handlers/publish.js';
import { refresh } from './handlers/refresh.js';
import { teardown } from './handlers/teardown.js';
import { resolveOutboxConfig, type OutboxConfig } from './outboxConfig.js';
import {
  claimNext,
  markDone,
  markFailed,
  pruneDone,
  recordStep,
  type ClaimedAction,
  type GamePatch,
} from './outboxStore.js';

export interface OutboxWorkerOptions {
  orm: MikroORM;
  gateway: DiscordGateway;
  logger: Logger;
  /** Milliseconds between polls once started. Default 5 000. */
  pollInterval?: number;
  /** Attempts before an action is marked failed for good. Default 8. */
  maxAttempts?: number;
  /** First retry delay in ms, doubled per attempt. Default 2 000. */
  baseDelay?: number;
  /** Longest retry delay in ms. Default 10 minutes. */
  maxDelay?: number;
  /** How long a claimed action stays reserved (renewed at each recorded step). Default 5 minutes. */
  lease?: number;
  /** Delivered actions are deleted this many days after they were done. Default 30. */
  keepDoneDays?: number;
  /** Longest wait in `stop()` for the action in flight. Default 5 000 ms. */
  stopTimeout?: number;
  /** Thresholds, names, announcement channel, public URL. */
  discord?: Partial<OutboxConfig>;
}

const HANDLERS: Record<OutboxKind, Handler> = {
  'game.publish': publish,
  'game.refresh': refresh,
  'game.archive': teardown,
  'game.delete': teardown,
  'member.add': addMember,
  'member.remove': removeMember,
};

/**
 * Delivers outbox actions through a DiscordGateway, in order per game: an action runs only
 * when every earlier action of its game is done or failed for good, and never alongside
 * another of the same game (a lease on the row). Claims, records and failures are each a
 * short transaction of their own; Discord is called with no transaction open, so the worker
 * works on a single-connection database too.
 */
export class OutboxWorker {
  private readonly config: OutboxConfig;
  private readonly pollInterval: number;
  private readonly maxAttempts: number;
  private readonly baseDelay: number;
  private readonly maxDelay: number;
  private readonly lease: number;
  private readonly stopTimeout: number;
  private readonly keepDoneDays: number;
  private lastPrune = 0;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = true;

  constructor(private readonly options: OutboxWorkerOptions) {
    this.config = resolveOutboxConfig(options.discord);
    this.pollInterval = options.pollInterval ?? 5_000;
    this.maxAttempts = options.maxAttempts ?? 8;
    this.baseDelay = options.baseDelay ?? 2_000;
    this.maxDelay = options.maxDelay ?? 600_000;
    this.lease = options.lease ?? 300_000;
    this.stopTimeout = options.stopTimeout ?? 5_000;
    this.keepDoneDays = options.keepDoneDays ?? 30;
  }

  /** Polls every `pollInterval` until `stop()`. */
  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.timer = setInterval(() => this.wake(), this.pollInterval);
    this.timer.unref();
    this.wake();
  }

  /**
   * Stops polling and takes no further action; waits for the one in flight at most
   * `stopTimeout` ms. An action cut short stays leased and runs again later, safely: every
   * step looks for what an earlier attempt made before making it.
   */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    if (!this.running) return;

    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, this.stopTimeout);
      timer.unref();
    });
    await Promise.race([this.running, timeout]);
    clearTimeout(timer);
  }

  /** Runs soon (e.g. right after a commit that recorded actions); a no-op when stopped. */
  wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.run(() => !this.stopped)
      .then(() => undefined)
      .catch((error: unknown) => this.options.logger.error({ err: error }, 'outbox: run failed'))
      .finally(() => {
        this.running = null;
        if (this.again && !this.stopped) {
          this.again = false;
          this.wake();
        }
      });
  }

  /** Delivers every action due now, one at a time; resolves when none is left. Returns how many ran. */
  async drain(): Promise<number> {
    return this.run(() => true);
  }

  /** Deletes delivered actions older than `keepDoneDays`; the running worker does it hourly. */
  async prune(): Promise<number> {
    this.lastPrune = Date.now();
    return pruneDone(this.options.orm, this.keepDoneDays);
  }

  private async run(goOn: () => boolean): Promise<number> {
    if (goOn() && !this.stopped && Date.now() - this.lastPrune > 3_600_000) {
      await this.prune();
    }
    let count = 0;
    while (goOn()) {
      const action = await claimNext(this.options.orm, this.lease);
      if (!action) break;
      await this.deliver(action);
      count += 1;
    }
    return count;
  }

  private async deliver(action: ClaimedAction): Promise<void> {
    const logger = this.options.logger.child({
      outboxId: action.id,
      kind: action.kind,
      gameId: action.gameId,
    });
    const handler = HANDLERS[action.kind as OutboxKind];
    try {
      if (!handler) {
        throw new Error(`Unknown outbox action kind "${action.kind}"`);
      }
      await handler(this.context(action, logger));
      await markDone(this.options.orm, action.id);
      logger.info({ attempts: action.attempts }, 'outbox: delivered');
    } catch (error) {
      const final = !handler || action.attempts >= this.maxAttempts;
      const delay = Math.max(this.backoff(action.attempts), retryAfterMs(error) ?? 0);
      const message = describeError(error);
      await markFailed(this.options.orm, action.id, message, delay, final);
      const log = { attempts: action.attempts, retryInMs: final ? null : delay, error: message };
      if (final) logger.error(log, 'outbox: failed for good');
      else logger.warn(log, 'outbox: will retry');
    }
  }

  private context(action: ClaimedAction, logger: Logger): HandlerContext {
    const { orm, gateway } = this.options;
    return {
      action,
      gateway,
      orm,
      config: this.config,
      logger,
      record: (result: Record<string, unknown>, game: GamePatch = {}, also) =>
        orm.em.fork().transactional(async (em) => {
          await also?.(em);
          await recordStep(em, action, result, game, this.lease);
        }),
    };
  }

  /** Exponential, capped, with ±20 % jitter so a crowd of failures spreads out. */
  private backoff(attempts: number): number {
    const raw = Math.min(this.maxDelay, this.baseDelay * 2 ** Math.max(0, attempts - 1));
    return Math.round(raw * (0.8 + Math.random() * 0.4));
  }
}
