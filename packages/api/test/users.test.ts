import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { User } from '@questboard/db';
import { createTestDatabase, type TestDatabase } from '@questboard/db/testing';

import { callerFor, cast, expectRefusal, member, snowflake, type Cast } from './fixtures.js';

let db: TestDatabase;
let c: Cast;

beforeAll(async () => {
  db = await createTestDatabase();
  c = await cast(db.orm, 'U');
});

afterAll(async () => {
  await db.drop();
});

const admin = () => callerFor(db.orm, c.admin);
const anonymous = () => callerFor(db.orm, null);
const row = (id: string) => db.orm.em.fork().findOneOrFail(User, id);

async function expectBadField(call: Promise<unknown>, field: string): Promise<void> {
  const error = await expectRefusal(call, 'BAD_REQUEST');
  expect(error.cause).toMatchObject({ field });
}

describe('users.me', () => {
  it('answers null to an anonymous caller', async () => {
    expect(await anonymous().users.me()).toBeNull();
  });

  it('answers the signed-in member with their roles', async () => {
    const me = await callerFor(db.orm, c.gm).users.me();
    expect(me).toMatchObject({
      id: c.gm.id,
      name: 'GmU',
      username: 'gmu',
      isGm: true,
      isAdmin: false,
    });
    expect(me?.notPlayerAsOf).toBeNull();
    expect(me?.createdAt).toBeInstanceOf(Date);
  });

  it('answers null when the session names a member who no longer exists', async () => {
    const ghost = { id: snowflake(), isGm: false, isAdmin: false };
    expect(await callerFor(db.orm, ghost).users.me()).toBeNull();
  });
});

describe('users.byId', () => {
  it("shows a member's public card and trophy summary", async () => {
    const someone = await member(db.orm, 'Profiled');
    const trophy = await admin().trophies.create({ name: 'Profile trophy', icon: '🏅' });
    const other = await admin().trophies.create({ name: 'Another trophy' });
    await admin().trophies.award({ trophyId: trophy.id, userId: someone.id, amount: 3 });
    await admin().trophies.award({ trophyId: other.id, userId: someone.id });

    const profile = await anonymous().users.byId({ id: someone.id });
    expect(profile).toMatchObject({
      id: someone.id,
      name: 'Profiled',
      username: 'profiled',
      isGm: false,
    });
    expect(profile.trophies).toEqual({
      total: 4,
      distinct: 2,
      items: [
        { trophy: { ...other }, quantity: 1 },
        { trophy: { ...trophy }, quantity: 3 },
      ],
    });
    expect(Object.keys(profile).sort()).toEqual(
      [
        'createdAt',
        'id',
        'isAdmin',
        'isGm',
        'name',
        'notPlayerAsOf',
        'trophies',
        'username',
      ].sort(),
    );
  });

  it('answers NOT_FOUND for an unknown member and BAD_REQUEST for a bad id', async () => {
    await expectRefusal(anonymous().users.byId({ id: snowflake() }), 'NOT_FOUND');
    await expectBadField(anonymous().users.byId({ id: "1' or 1=1" }), 'id');
  });
});

describe('users.list', () => {
  it('pages members by name and searches name and username', async () => {
    await member(db.orm, 'Zed_percent%');
    await member(db.orm, 'Zed other');

    const page = await admin().users.list({ page: 1, perPage: 2 });
    expect(page.items).toHaveLength(2);
    expect(page.total).toBe(await db.orm.em.fork().count(User));
    expect(page.pages).toBe(Math.ceil(page.total / 2));
    const names = page.items.map((user) => user.name);
    expect(names).toEqual([...names].sort());

    const found = await admin().users.list({ search: 'zed_p' });
    expect(found.items.map((user) => user.name)).toEqual(['Zed_percent%']);
    const literal = await admin().users.list({ search: '%' });
    expect(literal.items.map((user) => user.name)).toEqual(['Zed_percent%']);
    const byUsername = await admin().users.list({ search: 'ZED OTHER' });
    expect(byUsername.total).toBe(1);
  });

  it('filters members still playing or gone', async () => {
    const leaving = await member(db.orm, 'Leaving soon');
    await admin().users.setInactive({ id: leaving.id, inactive: true });

    const gone = await admin().users.list({ status: 'inactive' });
    expect(gone.items.map((user) => user.id)).toContain(leaving.id);
    expect(gone.items.every((user) => user.notPlayerAsOf !== null)).toBe(true);
    const playing = await admin().users.list({ status: 'active', perPage: 100 });
    expect(playing.items.map((user) => user.id)).not.toContain(leaving.id);
  });

  it.each([
    [{ page: 0 }, 'page'],
    [{ perPage: 101 }, 'perPage'],
    [{ search: 's'.repeat(10_000) }, 'search'],
    [{ status: 'banned' }, 'status'],
  ])('refuses %j as BAD_REQUEST naming %s', async (input, field) => {
    await expectBadField(admin().users.list(input as never), field);
  });
});

describe('users.pick', () => {
  it('offers a GM the members still playing whose name or username matches, by name', async () => {
    const kept = await member(db.orm, 'Pickme Bravo');
    const first = await member(db.orm, 'Pickme Alpha');
    const left = await member(db.orm, 'Pickme Gone');
    await admin().users.setInactive({ id: left.id, inactive: true });

    const picked = await callerFor(db.orm, c.gm).users.pick({ search: 'PICKME' });
    expect(picked).toEqual([
      { id: first.id, name: 'Pickme Alpha', username: 'pickme alpha' },
      { id: kept.id, name: 'Pickme Bravo', username: 'pickme bravo' },
    ]);
    const one = await callerFor(db.orm, c.gm).users.pick({ search: 'pickme', limit: 1 });
    expect(one.map((user) => user.id)).toEqual([first.id]);
  });

  it('refuses a limit outside 1..50', async () => {
    await expectBadField(callerFor(db.orm, c.gm).users.pick({ limit: 51 }), 'limit');
  });
});

describe('users.setInactive', () => {
  it('marks a member as no longer playing as of now, keeps the date when marked again, and clears it', async () => {
    const user = await member(db.orm, 'Retiring');
    const before = Date.now();

    const marked = await admin().users.setInactive({ id: user.id, inactive: true });
    const after = Date.now();
    const since = marked.notPlayerAsOf?.getTime() ?? 0;
    expect(since).toBeGreaterThanOrEqual(before);
    expect(since).toBeLessThanOrEqual(after);
    const again = await admin().users.setInactive({ id: user.id, inactive: true });
    expect(again.notPlayerAsOf?.getTime()).toBe(since);
    expect((await row(user.id)).notPlayerAsOf?.getTime()).toBe(since);

    const back = await admin().users.setInactive({ id: user.id, inactive: false });
    expect(back.notPlayerAsOf).toBeNull();
    expect((await row(user.id)).notPlayerAsOf).toBeNull();
  });

  it('takes an explicit date', async () => {
    const user = await member(db.orm, 'Dated');
    const asOf = new Date('2026-01-31T00:00:00Z');
    await admin().users.setInactive({ id: user.id, inactive: true, asOf });
    expect((await row(user.id)).notPlayerAsOf?.toISOString()).toBe(asOf.toISOString());
  });

  it('answers NOT_FOUND for an unknown member and BAD_REQUEST for bad input', async () => {
    await expectRefusal(
      admin().users.setInactive({ id: snowflake(), inactive: true }),
      'NOT_FOUND',
    );
    await expectBadField(
      admin().users.setInactive({ id: c.player.id, inactive: 'yes' } as never),
      'inactive',
    );
    await expectBadField(
      admin().users.setInactive({ id: c.player.id, inactive: true, asOf: 'soon' } as never),
      'asOf',
    );
    expect((await row(c.player.id)).notPlayerAsOf).toBeNull();
  });
});

describe('users.setRoles', () => {
  it('grants and withdraws the GM and admin roles', async () => {
    const user = await member(db.orm, 'Promoted');

    expect(await admin().users.setRoles({ id: user.id, isGm: true, isAdmin: true })).toMatchObject({
      isGm: true,
      isAdmin: true,
    });
    await admin().users.setRoles({ id: user.id, isAdmin: false });
    expect(await row(user.id)).toMatchObject({ isGm: true, isAdmin: false });
  });

  it('refuses an admin withdrawing their own admin role', async () => {
    await expectRefusal(
      admin().users.setRoles({ id: c.admin.id, isAdmin: false }),
      'FORBIDDEN',
      'own_admin_role',
    );
    expect((await row(c.admin.id)).isAdmin).toBe(true);
  });

  it('refuses a call naming no role, and unknown members', async () => {
    await expectBadField(admin().users.setRoles({ id: c.player.id }), 'isGm');
    await expectRefusal(admin().users.setRoles({ id: snowflake(), isGm: true }), 'NOT_FOUND');
  });
});
