import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { Channel, SpecialEvent, System, Vtt } from '@questboard/db';
import { createTestDatabase, type TestDatabase } from '@questboard/db/testing';

import {
  callerFor,
  cast,
  category,
  expectRefusal,
  newGame,
  snowflake,
  type Cast,
} from './fixtures.js';

let db: TestDatabase;
let c: Cast;

beforeAll(async () => {
  db = await createTestDatabase();
  c = await cast(db.orm, 'R');
});

afterAll(async () => {
  await db.drop();
});

const admin = () => callerFor(db.orm, c.admin);
const anonymous = () => callerFor(db.orm, null);

/** Asserts a BAD_REQUEST naming `field`. */
async function expectBadField(call: Promise<unknown>, field: string): Promise<void> {
  const error = await expectRefusal(call, 'BAD_REQUEST');
  expect(error.cause).toMatchObject({ field });
}

describe.each(['systems', 'vtts'] as const)('%s', (kind) => {
  const entity = kind === 'systems' ? System : Vtt;
  const count = () => db.orm.em.fork().count(entity);

  it('creates an entry, trimming the name and storing an empty icon as null', async () => {
    const created = await admin()[kind].create({ name: `  Alpha ${kind} `, icon: ' ' });

    expect(created).toEqual({ id: created.id, name: `Alpha ${kind}`, icon: null });
    const row = await db.orm.em.fork().findOneOrFail(entity, created.id);
    expect(row.name).toBe(`Alpha ${kind}`);
  });

  it('lists every entry by name, to anyone', async () => {
    await admin()[kind].create({ name: `Zulu ${kind}`, icon: '🎲' });
    await admin()[kind].create({ name: `Beta ${kind}`, icon: null });

    const names = (await anonymous()[kind].list()).map((entry) => entry.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
    expect(names).toEqual(expect.arrayContaining([`Zulu ${kind}`, `Beta ${kind}`]));
  });

  it('refuses a taken name as CONFLICT name_taken naming the field, writing nothing', async () => {
    await admin()[kind].create({ name: `Dup ${kind}`, icon: null });
    const before = await count();

    const error = await expectRefusal(
      admin()[kind].create({ name: `Dup ${kind}`, icon: null }),
      'CONFLICT',
      'name_taken',
    );
    expect(error.cause).toMatchObject({ field: 'name' });
    expect(await count()).toBe(before);
  });

  it('lets exactly one of two concurrent creates with the same name through', async () => {
    const results = await Promise.allSettled([
      admin()[kind].create({ name: `Race ${kind}`, icon: null }),
      admin()[kind].create({ name: `Race ${kind}`, icon: null }),
    ]);

    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    const refused = results.find((result) => result.status === 'rejected');
    expect(refused?.reason).toMatchObject({
      code: 'CONFLICT',
      cause: { reason: 'name_taken', field: 'name' },
    });
    expect(await db.orm.em.fork().count(entity, { name: `Race ${kind}` })).toBe(1);
  });

  it('renames an entry and changes its icon; keeping its own name is no conflict', async () => {
    const entry = await admin()[kind].create({ name: `Old ${kind}`, icon: null });

    const renamed = await admin()[kind].update({ id: entry.id, name: `New ${kind}`, icon: '🧭' });
    expect(renamed).toEqual({ id: entry.id, name: `New ${kind}`, icon: '🧭' });
    const same = await admin()[kind].update({ id: entry.id, name: `New ${kind}` });
    expect(same.icon).toBe('🧭');
  });

  it('refuses renaming onto another entry', async () => {
    await admin()[kind].create({ name: `Taken ${kind}`, icon: null });
    const entry = await admin()[kind].create({ name: `Mine ${kind}`, icon: null });

    await expectRefusal(
      admin()[kind].update({ id: entry.id, name: `Taken ${kind}` }),
      'CONFLICT',
      'name_taken',
    );
    const row = await db.orm.em.fork().findOneOrFail(entity, entry.id);
    expect(row.name).toBe(`Mine ${kind}`);
  });

  it('answers NOT_FOUND for an unknown id', async () => {
    await expectRefusal(admin()[kind].update({ id: 999_999, name: 'X' }), 'NOT_FOUND');
    await expectRefusal(admin()[kind].delete({ id: 999_999 }), 'NOT_FOUND');
  });

  it('deletes an unused entry', async () => {
    const entry = await admin()[kind].create({ name: `Gone ${kind}`, icon: null });

    expect(await admin()[kind].delete({ id: entry.id })).toEqual({ id: entry.id });
    expect(await db.orm.em.fork().findOne(entity, entry.id)).toBeNull();
  });

  it('refuses deleting an entry a game uses as CONFLICT in_use, leaving it and the game', async () => {
    const used = kind === 'systems' ? c.systemId : c.vttId;
    const game = await newGame(db.orm, c, { name: `Uses ${kind}` });

    await expectRefusal(admin()[kind].delete({ id: used }), 'CONFLICT', 'in_use');
    expect(await db.orm.em.fork().findOne(entity, used)).not.toBeNull();
    const bySlug = await anonymous().games.bySlug({ slug: game.slug });
    expect(kind === 'systems' ? bySlug.system.id : bySlug.vtt?.id).toBe(used);
  });

  it.each([
    [{ name: '' }, 'name'],
    [{ name: '   ' }, 'name'],
    [{ name: 'x'.repeat(101) }, 'name'],
    [{ name: 'x'.repeat(10_000) }, 'name'],
    [{ name: 42 }, 'name'],
    [{ name: 'Ok', icon: 'i'.repeat(501) }, 'icon'],
  ])('refuses create input %j as BAD_REQUEST naming %s, writing nothing', async (input, field) => {
    const before = await count();
    await expectBadField(admin()[kind].create(input as never), field);
    expect(await count()).toBe(before);
  });

  it('refuses a non-integer or negative id', async () => {
    await expectBadField(admin()[kind].delete({ id: 1.5 }), 'id');
    await expectBadField(admin()[kind].update({ id: -1, name: 'X' }), 'id');
  });
});

describe('specialEvents', () => {
  it('creates an event with the defaults (no emoji, black, inactive)', async () => {
    const event = await admin().specialEvents.create({ name: 'Plain week' });
    expect(event).toEqual({
      id: event.id,
      name: 'Plain week',
      emoji: null,
      color: 0,
      active: false,
    });
  });

  it('lists every event by name, or only the active ones', async () => {
    await admin().specialEvents.create({
      name: 'Halloween',
      emoji: '🎃',
      color: 0xff8800,
      active: true,
    });
    await admin().specialEvents.create({ name: 'Convention', emoji: '🏰', color: 0x123456 });

    const all = await anonymous().specialEvents.list();
    const names = all.map((event) => event.name);
    expect(names).toEqual(expect.arrayContaining(['Halloween', 'Convention']));
    expect(names).toEqual([...names].sort());
    const active = await anonymous().specialEvents.list({ activeOnly: true });
    expect(active.map((event) => event.name)).toEqual(['Halloween']);
  });

  it('reads one event by id, or NOT_FOUND', async () => {
    const event = await admin().specialEvents.create({ name: 'By id', color: 0xffffff });
    expect(await anonymous().specialEvents.byId({ id: event.id })).toEqual(event);
    await expectRefusal(anonymous().specialEvents.byId({ id: 999_999 }), 'NOT_FOUND');
  });

  it('updates only the fields named', async () => {
    const event = await admin().specialEvents.create({ name: 'Spring', emoji: '🌸', color: 5 });

    const updated = await admin().specialEvents.update({ id: event.id, active: true });
    expect(updated).toEqual({ ...event, active: true });
    const renamed = await admin().specialEvents.update({
      id: event.id,
      name: 'Spring fest',
      emoji: '',
    });
    expect(renamed).toEqual({ ...event, name: 'Spring fest', emoji: null, active: true });
  });

  it('refuses a taken name', async () => {
    await admin().specialEvents.create({ name: 'Taken event' });
    const other = await admin().specialEvents.create({ name: 'Other event' });

    await expectRefusal(
      admin().specialEvents.create({ name: 'Taken event' }),
      'CONFLICT',
      'name_taken',
    );
    await expectRefusal(
      admin().specialEvents.update({ id: other.id, name: 'Taken event' }),
      'CONFLICT',
      'name_taken',
    );
  });

  it.each([
    [{ name: 'C', color: -1 }, 'color'],
    [{ name: 'C', color: 0x1000000 }, 'color'],
    [{ name: 'C', color: 1.5 }, 'color'],
    [{ name: 'C', emoji: 'e'.repeat(33) }, 'emoji'],
    [{ name: 'C', active: 'yes' }, 'active'],
    [{ name: 'n'.repeat(10_000) }, 'name'],
  ])('refuses %j as BAD_REQUEST naming %s, writing nothing', async (input, field) => {
    const before = await db.orm.em.fork().count(SpecialEvent);
    await expectBadField(admin().specialEvents.create(input as never), field);
    expect(await db.orm.em.fork().count(SpecialEvent)).toBe(before);
  });

  it('deletes an event no game belongs to, and refuses one with games as in_use', async () => {
    const unused = await admin().specialEvents.create({ name: 'Unused event' });
    await admin().specialEvents.delete({ id: unused.id });
    expect(await db.orm.em.fork().findOne(SpecialEvent, unused.id)).toBeNull();

    const used = await admin().specialEvents.create({ name: 'Used event', active: true });
    await newGame(db.orm, c, { name: 'Event game', specialEventId: used.id });
    await expectRefusal(admin().specialEvents.delete({ id: used.id }), 'CONFLICT', 'in_use');
    expect(await db.orm.em.fork().findOne(SpecialEvent, used.id)).not.toBeNull();
  });
});

describe('channels', () => {
  it('registers a category, empty, and lists categories by type then id', async () => {
    const id = snowflake();
    const created = await admin().channels.create({ id, type: 'campaign' });
    expect(created).toEqual({ id, type: 'campaign', size: 0 });

    const list = await admin().channels.list();
    expect(list).toContainEqual({ id, type: 'campaign', size: 0 });
    const types = list.map((channel) => channel.type);
    expect(types).toEqual([...types].sort());
  });

  it('refuses an id already registered as CONFLICT duplicate naming id', async () => {
    const id = snowflake();
    await admin().channels.create({ id, type: 'oneshot' });
    const error = await expectRefusal(
      admin().channels.create({ id, type: 'campaign' }),
      'CONFLICT',
      'duplicate',
    );
    expect(error.cause).toMatchObject({ field: 'id' });
    expect((await db.orm.em.fork().findOneOrFail(Channel, id)).type).toBe('oneshot');
  });

  it.each([
    [{ id: '123', type: 'oneshot' }, 'id'],
    [{ id: 'abcdefghijklmnopqr', type: 'oneshot' }, 'id'],
    [{ id: '1'.repeat(22), type: 'oneshot' }, 'id'],
    [{ id: 123456789012345, type: 'oneshot' }, 'id'],
    [{ id: '123456789012345678', type: 'weekly' }, 'type'],
  ])('refuses %j as BAD_REQUEST naming %s, writing nothing', async (input, field) => {
    const before = await db.orm.em.fork().count(Channel);
    await expectBadField(admin().channels.create(input as never), field);
    expect(await db.orm.em.fork().count(Channel)).toBe(before);
  });

  it('corrects the size and changes the type of a category holding no game', async () => {
    const channel = await category(db.orm, 'oneshot', 0);

    expect(await admin().channels.update({ id: channel.id, type: 'campaign' })).toEqual({
      id: channel.id,
      type: 'campaign',
      size: 0,
    });
    const fixed = await admin().channels.update({ id: channel.id, size: 7 });
    expect(fixed.size).toBe(7);
    expect((await db.orm.em.fork().findOneOrFail(Channel, channel.id)).size).toBe(7);
  });

  it('refuses a type change while games sit in the category, and deleting it', async () => {
    const channel = await category(db.orm, 'oneshot', 0);
    // Every other one-shot category is fuller, so publishing picks this one.
    await db.orm.em
      .fork()
      .nativeUpdate(Channel, { type: 'oneshot', id: { $ne: channel.id } }, { size: 1000 });
    await newGame(db.orm, c, { name: 'In a category' });

    await expectRefusal(
      admin().channels.update({ id: channel.id, type: 'campaign' }),
      'CONFLICT',
      'in_use',
    );
    await expectRefusal(admin().channels.delete({ id: channel.id }), 'CONFLICT', 'in_use');
    const after = await db.orm.em.fork().findOneOrFail(Channel, channel.id);
    expect(after).toMatchObject({ type: 'oneshot', size: 1 });
  });

  it('deletes an empty category, and NOT_FOUND for an unknown one', async () => {
    const channel = await category(db.orm, 'campaign', 0);
    expect(await admin().channels.delete({ id: channel.id })).toEqual({ id: channel.id });
    expect(await db.orm.em.fork().findOne(Channel, channel.id)).toBeNull();
    await expectRefusal(admin().channels.delete({ id: snowflake() }), 'NOT_FOUND');
  });

  it('refuses deleting a category whose count says it still holds channels', async () => {
    const channel = await category(db.orm, 'campaign', 2);
    await expectRefusal(admin().channels.delete({ id: channel.id }), 'CONFLICT', 'in_use');
  });
});
