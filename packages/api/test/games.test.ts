import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { GameEvent, OutboxAction } from '@questboard/db';
import { createTestDatabase, type TestDatabase } from '@questboard/db/testing';

import {
  callerFor,
  cast,
  category,
  expectRefusal,
  gameInput,
  inDays,
  reload,
  type Cast,
} from './fixtures.js';

let db: TestDatabase;
let c: Cast;

beforeAll(async () => {
  db = await createTestDatabase();
  c = await cast(db.orm, 'G');
  await category(db.orm, 'oneshot', 3);
  await category(db.orm, 'campaign', 0);
});

afterAll(async () => {
  await db.drop();
});

describe('games.create', () => {
  it('creates a draft slugged <name>-by-<gm username> and logs it', async () => {
    const game = await callerFor(db.orm, c.gm).games.create(gameInput(c, { name: 'Slug Test' }));

    expect(game).toEqual({ id: game.id, slug: 'slug-test-by-gmg', status: 'draft' });
    const events = await db.orm.em.fork().find(GameEvent, { game: game.id });
    expect(events.map((event) => event.action)).toEqual(['create']);
  });

  it('suffixes -2, -3 when the slug is taken', async () => {
    const api = callerFor(db.orm, c.gm);
    await api.games.create(gameInput(c, { name: 'Twice' }));
    const second = await api.games.create(gameInput(c, { name: 'Twice' }));
    const third = await api.games.create(gameInput(c, { name: 'Twice!' }));
    expect([second.slug, third.slug]).toEqual(['twice-by-gmg-2', 'twice-by-gmg-3']);
  });

  it('keeps slugs URL-safe and within 90 characters', async () => {
    const api = callerFor(db.orm, c.gm);
    const long = await api.games.create(gameInput(c, { name: `Élan ${'x'.repeat(190)}` }));
    const again = await api.games.create(gameInput(c, { name: `Élan ${'x'.repeat(190)}` }));
    expect(long.slug).toMatch(/^elan-x+-by-gmg$/);
    expect(long.slug.length).toBeLessThanOrEqual(90);
    expect(again.slug).toMatch(/^elan-x+-by-gmg-2$/);
    expect(again.slug.length).toBeLessThanOrEqual(90);
  });

  it('refuses an unknown system naming the field', async () => {
    const error = await expectRefusal(
      callerFor(db.orm, c.gm).games.create(gameInput(c, { systemId: 999_999 })),
      'BAD_REQUEST',
      'unknown_reference',
    );
    expect(error.cause).toMatchObject({ field: 'systemId' });
  });
});

describe('games.publish', () => {
  it('opens the draft, places it in the least-filled category and asks Discord for it', async () => {
    const api = callerFor(db.orm, c.gm);
    const draft = await api.games.create(gameInput(c, { name: 'Publish Me', type: 'campaign' }));
    const game = await api.games.publish({ id: draft.id });

    expect(game.status).toBe('open');
    const row = await reload(db.orm, game.id);
    expect(row.category?.size).toBe(1);
    const actions = await db.orm.em.fork().find(OutboxAction, { gameId: game.id });
    expect(actions.map((action) => action.kind)).toEqual(['game.publish']);
  });

  it('needs allowPastDate for a past date', async () => {
    const api = callerFor(db.orm, c.gm);
    const draft = await api.games.create(gameInput(c, { name: 'Past', date: inDays(-2) }));
    const error = await expectRefusal(
      api.games.publish({ id: draft.id }),
      'CONFLICT',
      'past_date_needs_confirmation',
    );
    expect(error.cause).toMatchObject({ field: 'date' });
    expect((await api.games.publish({ id: draft.id, allowPastDate: true })).status).toBe('open');
  });

  it('publishes closed when silent, and later opens it keeping its category', async () => {
    const api = callerFor(db.orm, c.gm);
    const draft = await api.games.create(gameInput(c, { name: 'Quiet' }));
    expect((await api.games.publish({ id: draft.id, silent: true })).status).toBe('closed');
    const placed = await reload(db.orm, draft.id);

    expect((await api.games.publish({ id: draft.id })).status).toBe('open');
    const again = await reload(db.orm, draft.id);
    expect(again.category?.id).toBe(placed.category?.id);
    expect(again.category?.size).toBe(placed.category?.size);
  });
});
