import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { Channel, UserTrophy, type GameEvent, type GameEventAction } from '@questboard/db';
import type { TestDatabase } from '@questboard/db/testing';

import { GameLifecycleService } from '../src/services/games/GameLifecycleService.js';
import { GameService } from '../src/services/games/GameService.js';
import { RegistrationService } from '../src/services/games/RegistrationService.js';
import {
  callerFor,
  castDatabase,
  counts,
  gameInput,
  logger,
  newGame,
  reload,
  type Cast,
} from './fixtures.js';

let db: TestDatabase;
let c: Cast;

beforeAll(async () => {
  ({ db, c } = await castDatabase('T', { oneshot: 0, campaign: 0 }));
});

afterAll(async () => {
  await db.drop();
});

class Injected extends Error {}

type LogArgs = [EntityManager, GameEventAction, number, string | null, string | null];

/** Each fails right after its audit line is written and flushed: the last step of a use case. */
class FailingGames extends GameService {
  protected override async logEvent(...args: LogArgs): Promise<GameEvent> {
    await super.logEvent(...args);
    throw new Injected(`failure injected after flushing ${args[1]}`);
  }
}

class FailingRegistrations extends RegistrationService {
  protected override async logEvent(...args: LogArgs): Promise<GameEvent> {
    await super.logEvent(...args);
    throw new Injected(`failure injected after flushing ${args[1]}`);
  }
}

class FailingLifecycle extends GameLifecycleService {
  protected override async logEvent(...args: LogArgs): Promise<GameEvent> {
    await super.logEvent(...args);
    throw new Injected(`failure injected after flushing ${args[1]}`);
  }
}

function deps(onCommit?: () => void) {
  return { orm: db.orm, logger, ...(onCommit ? { onCommit } : {}) };
}

describe('a failure after a repository flush', () => {
  it('leaves nothing of a create', async () => {
    const before = await counts(db.orm);

    await expect(new FailingGames(deps()).create(c.gm, gameInput(c))).rejects.toBeInstanceOf(
      Injected,
    );
    expect(await counts(db.orm)).toEqual(before);
  });

  it('leaves nothing of a registration, and wakes no outbox worker', async () => {
    const game = await newGame(db.orm, c, { name: 'Rollback seat', partySize: 1 });
    const before = await counts(db.orm);
    let woken = 0;

    await expect(
      new FailingRegistrations(deps(() => (woken += 1))).register(c.player, game.id),
    ).rejects.toBeInstanceOf(Injected);

    expect(await counts(db.orm)).toEqual(before);
    expect((await reload(db.orm, game.id)).status).toBe('open');
    expect(woken).toBe(0);
  });

  it('leaves nothing of an archive: no trophies, category count unchanged', async () => {
    const game = await newGame(db.orm, c, { name: 'Rollback archive' });
    await callerFor(db.orm, c.player).games.register({ id: game.id });
    const placed = await reload(db.orm, game.id);
    const before = await counts(db.orm);

    await expect(new FailingLifecycle(deps()).archive(c.gm, game.id)).rejects.toBeInstanceOf(
      Injected,
    );

    const em = db.orm.em.fork();
    expect(await em.count(UserTrophy)).toBe(0);
    expect((await em.findOneOrFail(Channel, placed.category?.id ?? '')).size).toBe(
      placed.category?.size,
    );
    expect((await reload(db.orm, game.id)).status).toBe('open');
    expect(await counts(db.orm)).toEqual(before);
  });
});

describe('archive awards trophies once', () => {
  async function trophiesOf(userId: string): Promise<Record<string, number>> {
    const rows = await db.orm.em
      .fork()
      .find(UserTrophy, { user: userId }, { populate: ['trophy'] });
    return Object.fromEntries(rows.map((row) => [row.trophy.name, row.quantity]));
  }

  it('when called twice', async () => {
    const game = await newGame(db.orm, c, { name: 'Twice archived' });
    await callerFor(db.orm, c.player).games.register({ id: game.id });
    const gmBefore = (await trophiesOf(c.gm.id))['One-shot GM'] ?? 0;
    const playerBefore = (await trophiesOf(c.player.id))['One-shot player'] ?? 0;
    const api = callerFor(db.orm, c.gm);

    await api.games.archive({ id: game.id });
    expect((await api.games.archive({ id: game.id })).status).toBe('archived');

    expect((await trophiesOf(c.gm.id))['One-shot GM']).toBe(gmBefore + 1);
    expect((await trophiesOf(c.player.id))['One-shot player']).toBe(playerBefore + 1);
  });

  it('when called twice concurrently', async () => {
    const game = await newGame(db.orm, c, { name: 'Raced archive', type: 'campaign' });
    await callerFor(db.orm, c.player2).games.register({ id: game.id });
    const placed = await reload(db.orm, game.id);

    const results = await Promise.all([
      callerFor(db.orm, c.gm).games.archive({ id: game.id }),
      callerFor(db.orm, c.admin).games.archive({ id: game.id }),
    ]);

    expect(results.map((result) => result.status)).toEqual(['archived', 'archived']);
    expect((await trophiesOf(c.gm.id))['Campaign GM']).toBe(1);
    expect((await trophiesOf(c.player2.id))['Campaign player']).toBe(1);
    const category = await db.orm.em.fork().findOneOrFail(Channel, placed.category?.id ?? '');
    expect(category.size).toBe((placed.category?.size ?? 0) - 1);
  });
});
