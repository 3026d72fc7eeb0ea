import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { GAME_TYPE_TROPHIES, Trophy, User, UserTrophy } from '@questboard/db';
import { createTestDatabase, type TestDatabase } from '@questboard/db/testing';

import { callerFor, cast, expectRefusal, member, snowflake, type Cast } from './fixtures.js';

let db: TestDatabase;
let c: Cast;

beforeAll(async () => {
  db = await createTestDatabase();
  c = await cast(db.orm, 'T');
});

afterAll(async () => {
  await db.drop();
});

const admin = () => callerFor(db.orm, c.admin);
const anonymous = () => callerFor(db.orm, null);

async function quantity(userId: string, trophyId: number): Promise<number | null> {
  const row = await db.orm.em.fork().findOne(UserTrophy, { user: userId, trophy: trophyId });
  return row?.quantity ?? null;
}

async function expectBadField(call: Promise<unknown>, field: string): Promise<void> {
  const error = await expectRefusal(call, 'BAD_REQUEST');
  expect(error.cause).toMatchObject({ field });
}

describe('trophies: the list', () => {
  it('creates a trophy with the defaults and lists trophies by name to anyone', async () => {
    const zeta = await admin().trophies.create({ name: 'Zeta' });
    await admin().trophies.create({ name: 'Alpha', icon: '🥇', unique: true });

    expect(zeta).toEqual({ id: zeta.id, name: 'Zeta', icon: null, unique: false });
    const names = (await anonymous().trophies.list()).map((trophy) => trophy.name);
    expect(names).toEqual([...names].sort());
    expect(names).toEqual(expect.arrayContaining(['Alpha', 'Zeta']));
  });

  it('refuses a taken name, and names over 64 characters, writing nothing', async () => {
    await admin().trophies.create({ name: 'Taken trophy' });
    const before = await db.orm.em.fork().count(Trophy);

    await expectRefusal(
      admin().trophies.create({ name: 'Taken trophy' }),
      'CONFLICT',
      'name_taken',
    );
    await expectBadField(admin().trophies.create({ name: 'x'.repeat(65) }), 'name');
    await expectBadField(admin().trophies.create({ name: 'x'.repeat(10_000) }), 'name');
    await expectBadField(admin().trophies.create({ name: 'Ok', unique: 'no' } as never), 'unique');
    expect(await db.orm.em.fork().count(Trophy)).toBe(before);
  });

  it('accepts a name of exactly 64 characters', async () => {
    const trophy = await admin().trophies.create({ name: 'y'.repeat(64) });
    expect(trophy.name).toHaveLength(64);
  });

  it('renames a trophy and changes its icon', async () => {
    const trophy = await admin().trophies.create({ name: 'Before' });
    const after = await admin().trophies.update({ id: trophy.id, name: 'After', icon: '⭐' });
    expect(after).toEqual({ id: trophy.id, name: 'After', icon: '⭐', unique: false });
    await expectRefusal(
      admin().trophies.update({ id: trophy.id, name: 'Taken trophy' }),
      'CONFLICT',
      'name_taken',
    );
    await expectRefusal(admin().trophies.update({ id: 999_999, name: 'Nope' }), 'NOT_FOUND');
  });

  it('keeps the names of the trophies archive awards', async () => {
    const name = GAME_TYPE_TROPHIES.oneshot.player;
    const trophy = await admin().trophies.create({ name });

    const error = await expectRefusal(
      admin().trophies.update({ id: trophy.id, name: 'Renamed' }),
      'CONFLICT',
      'in_use',
    );
    expect(error.cause).toMatchObject({ field: 'name' });
    expect(await admin().trophies.update({ id: trophy.id, icon: '🎲' })).toMatchObject({ name });
  });

  it('makes a trophy unique only while nobody holds it more than once', async () => {
    const trophy = await admin().trophies.create({ name: 'Maybe unique' });
    const holder = await member(db.orm, 'Holder');
    await admin().trophies.award({ trophyId: trophy.id, userId: holder.id, amount: 2 });

    const error = await expectRefusal(
      admin().trophies.update({ id: trophy.id, unique: true }),
      'CONFLICT',
      'in_use',
    );
    expect(error.cause).toMatchObject({ field: 'unique' });
    await admin().trophies.adjust({ trophyId: trophy.id, userId: holder.id, quantity: 1 });
    expect(await admin().trophies.update({ id: trophy.id, unique: true })).toMatchObject({
      unique: true,
    });
  });

  it('deletes a trophy nobody holds and refuses one that is held', async () => {
    const unused = await admin().trophies.create({ name: 'Unused trophy' });
    await admin().trophies.delete({ id: unused.id });
    expect(await db.orm.em.fork().findOne(Trophy, unused.id)).toBeNull();

    const held = await admin().trophies.create({ name: 'Held trophy' });
    await admin().trophies.award({ trophyId: held.id, userId: c.player.id });
    await expectRefusal(admin().trophies.delete({ id: held.id }), 'CONFLICT', 'in_use');
    expect(await quantity(c.player.id, held.id)).toBe(1);
  });
});

describe('trophies.award and adjust', () => {
  it('adds the amount to what the member holds', async () => {
    const trophy = await admin().trophies.create({ name: 'Stackable' });
    const first = await admin().trophies.award({ trophyId: trophy.id, userId: c.player.id });
    const second = await admin().trophies.award({
      trophyId: trophy.id,
      userId: c.player.id,
      amount: 4,
    });

    expect(first).toEqual({ userId: c.player.id, trophyId: trophy.id, quantity: 1 });
    expect(second.quantity).toBe(5);
    expect(await quantity(c.player.id, trophy.id)).toBe(5);
  });

  it('keeps a unique trophy at 1 however much is awarded', async () => {
    const trophy = await admin().trophies.create({ name: 'Once only', unique: true });
    await admin().trophies.award({ trophyId: trophy.id, userId: c.player.id, amount: 3 });
    const again = await admin().trophies.award({ trophyId: trophy.id, userId: c.player.id });
    expect(again.quantity).toBe(1);
  });

  it('answers NOT_FOUND for an unknown member or trophy, writing nothing', async () => {
    const trophy = await admin().trophies.create({ name: 'Lonely' });
    const before = await db.orm.em.fork().count(UserTrophy);

    await expectRefusal(
      admin().trophies.award({ trophyId: trophy.id, userId: snowflake() }),
      'NOT_FOUND',
    );
    await expectRefusal(
      admin().trophies.award({ trophyId: 999_999, userId: c.player.id }),
      'NOT_FOUND',
    );
    await expectRefusal(
      admin().trophies.adjust({ trophyId: 999_999, userId: c.player.id, quantity: 2 }),
      'NOT_FOUND',
    );
    expect(await db.orm.em.fork().count(UserTrophy)).toBe(before);
  });

  it.each([
    [{ amount: 0 }, 'amount'],
    [{ amount: 1001 }, 'amount'],
    [{ amount: 1.5 }, 'amount'],
    [{ userId: '42' }, 'userId'],
    [{ trophyId: 'one' }, 'trophyId'],
  ])('refuses award input %j as BAD_REQUEST naming %s', async (override, field) => {
    const input = { trophyId: 1, userId: c.player.id, amount: 1, ...override };
    await expectBadField(admin().trophies.award(input as never), field);
  });

  it('sets the quantity by hand, and 0 removes the row', async () => {
    const trophy = await admin().trophies.create({ name: 'Adjusted' });

    expect(
      await admin().trophies.adjust({ trophyId: trophy.id, userId: c.player2.id, quantity: 7 }),
    ).toEqual({
      userId: c.player2.id,
      trophyId: trophy.id,
      quantity: 7,
    });
    await admin().trophies.adjust({ trophyId: trophy.id, userId: c.player2.id, quantity: 3 });
    expect(await quantity(c.player2.id, trophy.id)).toBe(3);
    await admin().trophies.adjust({ trophyId: trophy.id, userId: c.player2.id, quantity: 0 });
    expect(await quantity(c.player2.id, trophy.id)).toBeNull();
  });

  it('refuses more than 1 of a unique trophy, and negative quantities, writing nothing', async () => {
    const trophy = await admin().trophies.create({ name: 'Unique adjusted', unique: true });

    await expectBadField(
      admin().trophies.adjust({ trophyId: trophy.id, userId: c.player.id, quantity: 2 }),
      'quantity',
    );
    await expectBadField(
      admin().trophies.adjust({ trophyId: trophy.id, userId: c.player.id, quantity: -1 }),
      'quantity',
    );
    expect(await quantity(c.player.id, trophy.id)).toBeNull();
  });
});

describe('trophies.leaderboard and forUser', () => {
  it('ranks members by total, ties by name sharing a rank, leaving out members who left', async () => {
    const trophy = await admin().trophies.create({ name: 'Ranked' });
    const [ann, bob, cid, gone] = await Promise.all(
      ['Ann', 'Bob', 'Cid', 'Gone'].map((name) => member(db.orm, `${name} ranked`)),
    );
    const award = (userId: string, amount: number) =>
      admin().trophies.award({ trophyId: trophy.id, userId, amount });
    await award(cid!.id, 5);
    await award(bob!.id, 3);
    await award(ann!.id, 3);
    await award(gone!.id, 9);
    await admin().users.setInactive({ id: gone!.id, inactive: true });

    const board = await anonymous().trophies.leaderboard({ trophyId: trophy.id });
    expect(board).toEqual([
      { rank: 1, user: { id: cid!.id, name: 'Cid ranked' }, total: 5 },
      { rank: 2, user: { id: ann!.id, name: 'Ann ranked' }, total: 3 },
      { rank: 2, user: { id: bob!.id, name: 'Bob ranked' }, total: 3 },
    ]);
    const top = await anonymous().trophies.leaderboard({ trophyId: trophy.id, limit: 1 });
    expect(top.map((row) => row.user.name)).toEqual(['Cid ranked']);
  });

  it('answers NOT_FOUND for an unknown trophy and BAD_REQUEST for a bad limit', async () => {
    await expectRefusal(anonymous().trophies.leaderboard({ trophyId: 999_999 }), 'NOT_FOUND');
    await expectBadField(anonymous().trophies.leaderboard({ trophyId: 1, limit: 0 }), 'limit');
    await expectBadField(anonymous().trophies.leaderboard({ trophyId: 1, limit: 101 }), 'limit');
  });

  it("shows a member's trophy case by trophy name", async () => {
    const someone = await member(db.orm, 'Collector');
    const b = await admin().trophies.create({ name: 'Case B', icon: '🅱️' });
    const a = await admin().trophies.create({ name: 'Case A', unique: true });
    await admin().trophies.award({ trophyId: b.id, userId: someone.id, amount: 2 });
    await admin().trophies.award({ trophyId: a.id, userId: someone.id });

    expect(await anonymous().trophies.forUser({ userId: someone.id })).toEqual([
      { trophy: a, quantity: 1 },
      { trophy: b, quantity: 2 },
    ]);
  });

  it('answers NOT_FOUND for an unknown member and BAD_REQUEST for a bad id', async () => {
    await expectRefusal(anonymous().trophies.forUser({ userId: snowflake() }), 'NOT_FOUND');
    await expectBadField(anonymous().trophies.forUser({ userId: 'me' }), 'userId');
    expect(await db.orm.em.fork().count(User, { name: 'me' })).toBe(0);
  });
});
