import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { Channel, Game, GameEvent, OutboxAction, UserTrophy } from '@questboard/db';
import type { TestDatabase } from '@questboard/db/testing';

import {
  callerFor,
  castDatabase,
  category,
  expectRefusal,
  gameInput,
  inDays,
  member,
  newGame,
  reload,
  type Cast,
} from './fixtures.js';

let db: TestDatabase;
let c: Cast;

beforeAll(async () => {
  ({ db, c } = await castDatabase('G', { oneshot: 3, campaign: 0 }));
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
    // Both are cut: the head shrinks to make room for the suffix, so each is exactly 90.
    expect(long.slug).toMatch(/^elan-x+-by-gmg$/);
    expect(long.slug).toHaveLength(90);
    expect(again.slug).toMatch(/^elan-x+-by-gmg-2$/);
    expect(again.slug).toHaveLength(90);
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

describe('games.search', () => {
  it('shows open games as cards with seats, without Discord ids', async () => {
    const game = await newGame(db.orm, c, { name: 'Board card' });
    await callerFor(db.orm, c.player).games.register({ id: game.id });

    const page = await callerFor(db.orm, null).games.search({ name: 'Board card' });
    expect(page.total).toBe(1);
    const card = page.items[0];
    expect(card).toMatchObject({
      id: game.id,
      slug: game.slug,
      status: 'open',
      seatsTaken: 1,
      partySize: 4,
      gm: { id: c.gm.id, name: 'GmG' },
      system: { id: c.systemId, name: 'System G' },
      vtt: { id: c.vttId, name: 'Vtt G' },
      specialEvent: null,
    });
    expect(Object.keys(card ?? {})).not.toContain('channel');
    expect(Object.keys(card ?? {})).not.toContain('role');
  });

  it('shows drafts to their GM and admins only', async () => {
    await newGame(db.orm, c, { name: 'Secret draft', draft: true });
    const query = { name: 'Secret draft', status: ['draft' as const] };

    expect((await callerFor(db.orm, null).games.search(query)).total).toBe(0);
    expect((await callerFor(db.orm, c.otherGm).games.search(query)).total).toBe(0);
    expect((await callerFor(db.orm, c.gm).games.search(query)).total).toBe(1);
    expect((await callerFor(db.orm, c.admin).games.search(query)).total).toBe(1);
  });
});

describe('games.bySlug', () => {
  it('shows a game page, and Discord ids only to its GM and admins', async () => {
    const game = await newGame(db.orm, c, { name: 'Page' });
    const em = db.orm.em.fork();
    const row = await em.findOneOrFail(Game, game.id);
    Object.assign(row, { channel: '300000000000000001', role: '300000000000000002' });
    await em.flush();
    await callerFor(db.orm, c.player).games.register({ id: game.id });
    await callerFor(db.orm, c.gm).sessions.create({
      gameId: game.id,
      start: inDays(7),
      end: inDays(7, 23),
    });

    const asPlayer = await callerFor(db.orm, c.player).games.bySlug({ slug: game.slug });
    expect(asPlayer).toMatchObject({
      name: 'Page',
      isRegistered: true,
      canManage: false,
      discord: null,
      players: [{ id: c.player.id, name: 'PlayerG' }],
    });
    expect(asPlayer.sessions).toHaveLength(1);
    expect(JSON.stringify(asPlayer)).not.toContain('300000000000000001');

    const asGm = await callerFor(db.orm, c.gm).games.bySlug({ slug: game.slug });
    expect(asGm.discord).toMatchObject({
      channel: '300000000000000001',
      role: '300000000000000002',
    });
    const asAdmin = await callerFor(db.orm, c.admin).games.bySlug({ slug: game.slug });
    expect(asAdmin.canManage).toBe(true);
    const asOther = await callerFor(db.orm, c.otherGm).games.bySlug({ slug: game.slug });
    expect(asOther.discord).toBeNull();
  });

  it('hides a draft from everyone but its GM and admins', async () => {
    const draft = await newGame(db.orm, c, { name: 'Hidden page', draft: true });
    await expectRefusal(callerFor(db.orm, null).games.bySlug({ slug: draft.slug }), 'NOT_FOUND');
    await expectRefusal(
      callerFor(db.orm, c.otherGm).games.bySlug({ slug: draft.slug }),
      'NOT_FOUND',
    );
    expect((await callerFor(db.orm, c.gm).games.bySlug({ slug: draft.slug })).status).toBe('draft');
  });

  it('answers NOT_FOUND for an unknown slug', async () => {
    await expectRefusal(
      callerFor(db.orm, null).games.bySlug({ slug: 'no-such-game' }),
      'NOT_FOUND',
    );
  });
});

describe('games.mine', () => {
  it('lists the games a member runs and plays in', async () => {
    const gm = callerFor(db.orm, c.otherGm);
    const ran = await newGame(db.orm, c, { name: 'Mine to run', gm: c.otherGm });
    const played = await newGame(db.orm, c, { name: 'Mine to play' });
    await callerFor(db.orm, c.otherGm).games.register({ id: played.id });

    const mine = await gm.games.mine();
    expect(mine.running.map((game) => game.id)).toContain(ran.id);
    expect(mine.playing.map((game) => game.id)).toEqual([played.id]);
    expect(mine.playing[0]?.seatsTaken).toBe(1);
  });
});

describe('games.update', () => {
  it('renames a draft and moves its slug with the name', async () => {
    const api = callerFor(db.orm, c.gm);
    const draft = await api.games.create(gameInput(c, { name: 'Old name' }));
    const renamed = await api.games.update({ id: draft.id, name: 'New name', type: 'campaign' });
    expect(renamed.slug).toBe('new-name-by-gmg');
    const row = await reload(db.orm, draft.id);
    expect([row.name, row.type, row.description]).toEqual([
      'New name',
      'campaign',
      'A house, a storm, a secret.',
    ]);
  });

  it('refuses a rename or type change once published, but edits other fields', async () => {
    const game = await newGame(db.orm, c, { name: 'Fixed name' });
    const api = callerFor(db.orm, c.gm);
    const error = await expectRefusal(
      api.games.update({ id: game.id, name: 'Other' }),
      'CONFLICT',
      'not_draft',
    );
    expect(error.cause).toMatchObject({ field: 'name' });
    await expectRefusal(
      api.games.update({ id: game.id, type: 'campaign' }),
      'CONFLICT',
      'not_draft',
    );

    const edited = await api.games.update({ id: game.id, description: 'Longer', partySize: 5 });
    expect(edited.slug).toBe(game.slug);
    const row = await reload(db.orm, game.id);
    expect([row.description, row.partySize]).toEqual(['Longer', 5]);
    const kinds = await db.orm.em
      .fork()
      .find(OutboxAction, { gameId: game.id, kind: 'game.refresh' });
    expect(kinds).toHaveLength(1);
  });

  it('refuses to edit an archived game', async () => {
    const game = await newGame(db.orm, c, { name: 'Over' });
    await callerFor(db.orm, c.gm).games.archive({ id: game.id });
    await expectRefusal(
      callerFor(db.orm, c.gm).games.update({ id: game.id, description: 'x' }),
      'CONFLICT',
      'archived',
    );
  });

  it('bug: a party size below the seated players is refused as party_below_seated, nothing written', async () => {
    const game = await newGame(db.orm, c, { name: 'Three seated', partySize: 4 });
    const third = await member(db.orm, 'ThirdG');
    for (const player of [c.player, c.player2, third]) {
      await callerFor(db.orm, player).games.register({ id: game.id });
    }
    const em = db.orm.em.fork();
    const eventsBefore = await em.count(GameEvent, { game: game.id });
    const outboxBefore = await em.count(OutboxAction, { gameId: game.id });

    const error = await expectRefusal(
      callerFor(db.orm, c.gm).games.update({ id: game.id, partySize: 1, description: 'Smaller' }),
      'CONFLICT',
      'party_below_seated',
    );

    expect(error.cause).toMatchObject({ field: 'partySize' });
    const row = await reload(db.orm, game.id);
    expect([row.partySize, row.description, row.status]).toEqual([
      4,
      'A house, a storm, a secret.',
      'open',
    ]);
    expect(await em.count(GameEvent, { game: game.id })).toBe(eventsBefore);
    expect(await em.count(OutboxAction, { gameId: game.id })).toBe(outboxBefore);
  });

  it('bug: ending party selection with more candidates than the party size is refused', async () => {
    const game = await newGame(db.orm, c, { name: 'Audition', partySize: 1, partySelection: true });
    await callerFor(db.orm, c.player).games.register({ id: game.id });
    await callerFor(db.orm, c.player2).games.register({ id: game.id });
    const gm = callerFor(db.orm, c.gm);

    // Candidates may outnumber the party while the GM selects it.
    await gm.games.update({ id: game.id, partySize: 1, description: 'Still casting' });
    const error = await expectRefusal(
      gm.games.update({ id: game.id, partySelection: false }),
      'CONFLICT',
      'party_below_seated',
    );

    expect(error.cause).toMatchObject({ field: 'partySelection' });
    expect((await reload(db.orm, game.id)).partySelection).toBe(true);
  });

  it('a party size lowered to the seated players closes the table, raised reopens it', async () => {
    const game = await newGame(db.orm, c, { name: 'Resized', partySize: 3 });
    await callerFor(db.orm, c.player).games.register({ id: game.id });
    await callerFor(db.orm, c.player2).games.register({ id: game.id });
    const gm = callerFor(db.orm, c.gm);

    expect((await gm.games.update({ id: game.id, partySize: 2 })).status).toBe('closed');
    expect((await gm.games.update({ id: game.id, partySize: 3 })).status).toBe('open');

    const notes = await db.orm.em
      .fork()
      .find(GameEvent, { game: game.id, action: 'edit' }, { orderBy: { id: 'asc' } });
    expect(notes.map((event) => event.description)).toEqual([
      'Published',
      'Closed: the table is full',
      'Edited',
      'Reopened: a seat freed up',
      'Edited',
    ]);
  });

  it('a larger party size leaves a table the GM closed closed', async () => {
    const game = await newGame(db.orm, c, { name: 'Shut by hand', partySize: 2 });
    await callerFor(db.orm, c.player).games.register({ id: game.id });
    const gm = callerFor(db.orm, c.gm);
    await gm.games.close({ id: game.id });

    expect((await gm.games.update({ id: game.id, partySize: 5 })).status).toBe('closed');
  });
});

describe('games.close and reopen', () => {
  it('closes an open game and reopens it', async () => {
    const game = await newGame(db.orm, c, { name: 'Door' });
    const api = callerFor(db.orm, c.gm);
    expect((await api.games.close({ id: game.id })).status).toBe('closed');
    await expectRefusal(api.games.close({ id: game.id }), 'CONFLICT', 'not_open');
    expect((await api.games.reopen({ id: game.id })).status).toBe('open');
    await expectRefusal(api.games.reopen({ id: game.id }), 'CONFLICT', 'not_closed');
  });
});

describe('games.archive', () => {
  it('awards the type trophy to the GM and players and frees the category slot', async () => {
    const before = await category(db.orm, 'campaign', 0);
    const game = await newGame(db.orm, c, { name: 'Saga', type: 'campaign' });
    expect((await reload(db.orm, game.id)).category?.id).toBe(before.id);
    await callerFor(db.orm, c.player).games.register({ id: game.id });

    const archived = await callerFor(db.orm, c.gm).games.archive({ id: game.id });
    expect(archived.status).toBe('archived');

    const em = db.orm.em.fork();
    const awarded = await em.find(UserTrophy, {}, { populate: ['trophy'] });
    const names = awarded.map((row) => [row.user.id, row.trophy.name]);
    expect(names).toContainEqual([c.gm.id, 'Campaign GM']);
    expect(names).toContainEqual([c.player.id, 'Campaign player']);
    expect((await reload(db.orm, game.id)).category?.size).toBe(0);
    const actions = await em.find(OutboxAction, { gameId: game.id, kind: 'game.archive' });
    expect(actions).toHaveLength(1);
  });

  it('refuses to archive a draft', async () => {
    const draft = await newGame(db.orm, c, { name: 'Not yet', draft: true });
    await expectRefusal(
      callerFor(db.orm, c.gm).games.archive({ id: draft.id }),
      'CONFLICT',
      'not_open',
    );
  });
});

describe('games.delete', () => {
  it('removes the game and records what Discord must clean up', async () => {
    const game = await newGame(db.orm, c, { name: 'Gone' });
    const em = db.orm.em.fork();
    const row = await em.findOneOrFail(Game, game.id, { populate: ['category'] });
    row.channel = '300000000000000011';
    await em.flush();
    const sizeBefore = row.category?.size ?? 0;

    expect(await callerFor(db.orm, c.admin).games.delete({ id: game.id })).toEqual({ id: game.id });

    const after = db.orm.em.fork();
    expect(await after.count(Game, { id: game.id })).toBe(0);
    const [action] = await after.find(OutboxAction, { gameId: game.id, kind: 'game.delete' });
    expect(action?.payload).toEqual({
      channel: '300000000000000011',
      role: null,
      msgId: null,
      categoryId: row.category?.id,
    });
    const category = await after.findOneOrFail(Channel, row.category?.id ?? '');
    expect(category.size).toBe(sizeBefore - 1);
  });
});

describe('games.clone', () => {
  it("answers a game's fields as a new draft's defaults and writes nothing", async () => {
    const game = await newGame(db.orm, c, { name: 'Template', partySize: 6, ambience: ['comic'] });
    const before = await db.orm.em.fork().count(Game);

    const fields = await callerFor(db.orm, c.gm).games.clone({ id: game.id });
    expect(fields).toMatchObject({
      name: 'Template',
      partySize: 6,
      ambience: ['comic'],
      systemId: c.systemId,
      vttId: c.vttId,
    });
    expect(await db.orm.em.fork().count(Game)).toBe(before);
  });

  it("keeps another GM's draft out of reach", async () => {
    const draft = await newGame(db.orm, c, { name: 'Private template', draft: true });
    await expectRefusal(callerFor(db.orm, c.otherGm).games.clone({ id: draft.id }), 'FORBIDDEN');
  });
});

describe('slugs of long names by GMs with long usernames', () => {
  it('still finds -2, -3 when the suffix cuts the name shorter', async () => {
    const longGm = await member(db.orm, `Gm${'w'.repeat(40)}`, { isGm: true });
    const api = callerFor(db.orm, longGm);
    const name = `Endless ${'y'.repeat(150)}`;

    const slugs: string[] = [];
    for (let n = 0; n < 3; n += 1) {
      slugs.push((await api.games.create(gameInput(c, { name }))).slug);
    }

    expect(new Set(slugs).size).toBe(3);
    expect(slugs[1]).toMatch(/-2$/);
    expect(slugs[2]).toMatch(/-3$/);
    for (const slug of slugs) {
      expect(slug.length).toBeLessThanOrEqual(90);
      expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(slug).toContain(`-by-gm${'w'.repeat(40)}`);
    }
  });
});

describe('concurrent creates of the same name', () => {
  it('give every game its own slug', async () => {
    const api = callerFor(db.orm, c.gm);
    const games = await Promise.all(
      Array.from({ length: 6 }, () => api.games.create(gameInput(c, { name: 'Crowded' }))),
    );
    const slugs = games.map((game) => game.slug).sort();
    expect(slugs).toEqual([
      'crowded-by-gmg',
      'crowded-by-gmg-2',
      'crowded-by-gmg-3',
      'crowded-by-gmg-4',
      'crowded-by-gmg-5',
      'crowded-by-gmg-6',
    ]);
  });
});

describe('publishing a silently published game', () => {
  it('keeps the channel and role it already has', async () => {
    const api = callerFor(db.orm, c.gm);
    const game = await newGame(db.orm, c, { name: 'Kept ids', silent: true });
    const em = db.orm.em.fork();
    const row = await em.findOneOrFail(Game, game.id);
    Object.assign(row, { channel: '300000000000000021', role: '300000000000000022' });
    await em.flush();

    await api.games.publish({ id: game.id });

    const after = await reload(db.orm, game.id);
    expect([after.status, after.channel, after.role]).toEqual([
      'open',
      '300000000000000021',
      '300000000000000022',
    ]);
  });

  it('refuses to open a full table', async () => {
    const api = callerFor(db.orm, c.gm);
    const game = await newGame(db.orm, c, { name: 'Full quiet', silent: true, partySize: 1 });
    await api.games.addPlayer({ id: game.id, userId: c.player.id, force: true });

    await expectRefusal(api.games.publish({ id: game.id }), 'CONFLICT', 'game_full');
    expect((await reload(db.orm, game.id)).status).toBe('closed');
  });

  it('refuses to publish an open game again', async () => {
    const game = await newGame(db.orm, c, { name: 'Open twice' });
    await expectRefusal(
      callerFor(db.orm, c.gm).games.publish({ id: game.id }),
      'CONFLICT',
      'already_published',
    );
  });
});
