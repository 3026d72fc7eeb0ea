import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { createTestDatabase, type TestDatabase } from '@questboard/db/testing';
import { RecordingGateway, type DiscordGateway } from '@questboard/discord';
import { FakeDiscord } from '@questboard/discord/testing';

import { discordNames } from '../../src/outbox/handlers/publish.js';
import { actions, enqueue, gatewayFor, member, openGame, reset, workerFor } from './fixtures.js';

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
});

afterAll(async () => {
  await db.drop();
});

beforeEach(async () => {
  await reset(db.orm);
});

/**
 * A recording gateway that takes a little time per call and notes, per game, how many calls
 * are in flight at once and in which order the calls came.
 */
class WatchingGateway extends RecordingGateway {
  readonly inFlight = new Map<string, number>();
  readonly overlaps: string[] = [];
  readonly sequence = new Map<string, string[]>();
  readonly gameOfId = new Map<string, string>();

  constructor(private readonly slugs: Map<string, string>) {
    super();
    for (const method of [
      'ensureRole',
      'ensureChannel',
      'ensureAnnouncement',
      'addMemberRole',
      'removeMemberRole',
    ] as const) {
      const original = this[method].bind(this) as (...args: unknown[]) => Promise<unknown>;
      (this as Record<string, unknown>)[method] = async (...args: unknown[]) => {
        const game = this.gameOf(method, args);
        this.inFlight.set(game, (this.inFlight.get(game) ?? 0) + 1);
        if ((this.inFlight.get(game) ?? 0) > 1) this.overlaps.push(`${game} ${method}`);
        await new Promise((resolve) => setTimeout(resolve, 5));
        const result = (await original(...args)) as { id?: string } | undefined;
        if (result?.id) this.gameOfId.set(result.id, game);
        this.sequence.set(game, [
          ...(this.sequence.get(game) ?? []),
          `${method} ${String(args[0]).slice(0, 30)}`,
        ]);
        this.inFlight.set(game, (this.inFlight.get(game) ?? 1) - 1);
        return result;
      };
    }
  }

  private gameOf(method: string, args: unknown[]): string {
    if (method === 'ensureRole') return this.slugs.get(args[0] as string) ?? '?';
    if (method === 'ensureChannel')
      return this.slugs.get((args[0] as { name: string }).name) ?? '?';
    if (method === 'ensureAnnouncement')
      return this.gameOfId.get((args[0] as { channelId: string }).channelId) ?? '?';
    return this.gameOfId.get(args[1] as string) ?? '?';
  }
}

describe('ordering', () => {
  it('runs the actions of a game one at a time and in order, even with two workers', async () => {
    const gm = await member(db.orm, null, 'Gwen');
    const players = await Promise.all(['Ann', 'Bob', 'Cid'].map((n) => member(db.orm, null, n)));
    const slugs = new Map<string, string>();
    for (const name of ['Alpha', 'Beta', 'Gamma']) {
      const game = await openGame(db.orm, { gm, name });
      slugs.set(discordNames(game).role, name);
      slugs.set(discordNames(game).channel, name);
      await enqueue(db.orm, game.id, 'game.publish');
      for (const player of players) {
        await enqueue(db.orm, game.id, 'member.add', { userId: player.id });
        await enqueue(db.orm, game.id, 'member.remove', { userId: player.id });
      }
    }
    const gateway = new WatchingGateway(slugs);

    await Promise.all([workerFor(db.orm, gateway).drain(), workerFor(db.orm, gateway).drain()]);

    expect(gateway.overlaps).toEqual([]);
    for (const name of ['Alpha', 'Beta', 'Gamma']) {
      const calls = gateway.sequence.get(name) ?? [];
      expect(calls.slice(0, 3).map((c) => c.split(' ')[0])).toEqual([
        'ensureRole',
        'ensureChannel',
        'ensureAnnouncement',
      ]);
      expect(calls.slice(3).map((c) => c.split(' ')[0])).toEqual(
        players.flatMap(() => ['addMemberRole', 'removeMemberRole']),
      );
      expect(calls.slice(3).map((c) => c.split(' ')[1])).toEqual(
        players.flatMap((p) => [p.id, p.id]),
      );
    }
    expect((await actions(db.orm)).every((a) => a.status === 'done' && a.attempts === 1)).toBe(
      true,
    );
  });

  it('holds later actions of a game until the earlier one is done or failed for good', async () => {
    const gm = await member(db.orm, null, 'Gwen');
    const stuck = await openGame(db.orm, { gm, name: 'Stuck' });
    const other = await openGame(db.orm, { gm, name: 'Other' });
    const failing: DiscordGateway = Object.assign(new RecordingGateway(), {
      ensureRole: () => Promise.reject(new Error('Discord is unhappy')),
    });
    await enqueue(db.orm, stuck.id, 'game.publish');
    await enqueue(db.orm, stuck.id, 'member.add', { userId: gm.id });
    await enqueue(db.orm, other.id, 'game.refresh');

    await workerFor(db.orm, failing, { baseDelay: 60_000 }).drain();
    expect((await actions(db.orm)).map((a) => [a.status, a.attempts])).toEqual([
      ['pending', 1],
      ['pending', 0],
      ['done', 1],
    ]);

    await db.orm.em.fork().execute(`update outbox_action set next_attempt_at = now()`);
    await workerFor(db.orm, failing, { maxAttempts: 2 }).drain();

    const [first, second] = await actions(db.orm);
    expect(first).toMatchObject({
      status: 'failed',
      attempts: 2,
      lastError: 'Error: Discord is unhappy',
    });
    expect(second).toMatchObject({ status: 'done', attempts: 1 });
  });
});

describe('Discord down', () => {
  it('keeps actions pending with the error, backs off, and fails them after the last attempt', async () => {
    const fake = await FakeDiscord.start();
    const gateway = gatewayFor(fake);
    await fake.close();
    const gm = await member(db.orm, null, 'Gwen');
    const game = await openGame(db.orm, { gm, name: 'Offline' });
    await enqueue(db.orm, game.id, 'game.publish');

    await workerFor(db.orm, gateway, { baseDelay: 60_000 }).drain();
    const [pending] = await actions(db.orm);
    expect(pending).toMatchObject({ status: 'pending', attempts: 1 });
    expect(pending?.lastError).toMatch(/ECONNREFUSED|fetch failed|connect/i);
    expect(pending?.nextAttemptAt.getTime()).toBeGreaterThan(Date.now() + 30_000);

    await db.orm.em.fork().execute(`update outbox_action set next_attempt_at = now()`);
    await workerFor(db.orm, gateway, { maxAttempts: 2 }).drain();
    expect(await actions(db.orm)).toMatchObject([{ status: 'failed', attempts: 2 }]);
    gateway.destroy();
  });
});

describe('start and stop', () => {
  it('stops taking actions at stop(), without waiting forever for one stuck on Discord', async () => {
    const gm = await member(db.orm, null, 'Gwen');
    const stuck = await openGame(db.orm, { gm, name: 'Hanging' });
    const next = await openGame(db.orm, { gm, name: 'Next' });
    await enqueue(db.orm, stuck.id, 'game.publish');
    await enqueue(db.orm, next.id, 'game.publish');
    let called!: () => void;
    const reached = new Promise<void>((resolve) => (called = resolve));
    const hanging: DiscordGateway = Object.assign(new RecordingGateway(), {
      ensureRole: () => {
        called();
        return new Promise<never>(() => {});
      },
    });
    const worker = workerFor(db.orm, hanging, { stopTimeout: 100, pollInterval: 60_000 });

    worker.start();
    await reached;
    await worker.stop();

    expect((await actions(db.orm)).map((a) => [a.status, a.attempts])).toEqual([
      ['pending', 1],
      ['pending', 0],
    ]);
  });
});
