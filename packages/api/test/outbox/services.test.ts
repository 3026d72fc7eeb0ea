import { describe, expect, it } from 'vitest';

import { Channel, System } from '@questboard/db';

import { gameCreateInput } from '../../src/schemas/index.js';
import { createServices } from '../../src/services/createServices.js';
import {
  actions,
  category,
  gameRoles,
  logger,
  member,
  reload,
  textChannels,
  useFakeDiscord,
  workerFor,
} from './fixtures.js';

const env = useFakeDiscord();

/** A GM's draft through the real services, and a player. */
async function club() {
  const gm = await member(env.db.orm, env.fake, 'Gwen');
  const player = await member(env.db.orm, env.fake, 'Pat');
  const em = env.db.orm.em.fork();
  const system = em.create(System, { name: 'Mothership' });
  await em.flush();
  const cat = await category(env.db.orm, env.fake, 'oneshot', 'One-shots 1');
  const gmActor = { id: gm.id, isGm: true, isAdmin: false };
  const playerActor = { id: player.id, isGm: false, isAdmin: false };
  return { gm, player, system, cat, gmActor, playerActor };
}

function draftInput(systemId: number) {
  return gameCreateInput.parse({
    name: 'Derelict',
    type: 'oneshot',
    systemId,
    date: new Date(Date.now() + 7 * 86_400_000),
    classification: { action: 1, investigation: 2, interaction: 1, horror: 2 },
  });
}

/** Waits until the outbox holds no pending action; the test's timeout bounds the wait. */
async function allDone(): Promise<void> {
  while ((await actions(env.db.orm)).some((a) => a.status === 'pending')) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('services and the worker together', () => {
  it('publish, register, unregister and archive reach Discord once each, waking the worker', async () => {
    const { player, system, cat, gmActor, playerActor } = await club();
    const worker = workerFor(env.db.orm, env.gateway, { pollInterval: 60_000 });
    const services = createServices({ orm: env.db.orm, logger, onCommit: () => worker.wake() });
    worker.start();

    const draft = await services.games.create(gmActor, draftInput(system.id));
    await services.lifecycle.publish(gmActor, {
      id: draft.id,
      allowPastDate: false,
      silent: false,
    });
    await services.registrations.register(playerActor, draft.id);
    // No drain and no poll within the test: only the services' wake-ups deliver.
    await allDone();

    const published = await reload(env.db.orm, draft.id);
    expect(gameRoles(env.fake).map((r) => r.id)).toEqual([published.role]);
    expect(textChannels(env.fake).map((c) => [c.id, c.parent_id])).toEqual([
      [published.channel, cat.id],
    ]);
    expect(env.fake.guild.allMessages().map((m) => m.id)).toEqual([published.msgId]);
    expect(env.fake.guild.members.get(player.id)?.roles).toEqual([published.role]);

    await services.registrations.unregister(playerActor, draft.id);
    await allDone();
    expect(env.fake.guild.members.get(player.id)?.roles).toEqual([]);

    await services.lifecycle.archive(gmActor, draft.id);
    await allDone();
    await worker.stop();
    const archived = await reload(env.db.orm, draft.id);
    expect(textChannels(env.fake)).toHaveLength(0);
    expect(gameRoles(env.fake)).toHaveLength(0);
    expect(archived.category?.size).toBe(0);
    expect((await actions(env.db.orm)).every((a) => a.status === 'done')).toBe(true);
  });

  it('with Discord down the whole time, every service call commits and the outbox keeps the actions', async () => {
    await env.fake.close();
    const { system, cat, gmActor, playerActor } = await club();
    const worker = workerFor(env.db.orm, env.gateway, { baseDelay: 60_000 });
    const services = createServices({ orm: env.db.orm, logger, onCommit: () => worker.wake() });
    worker.start();

    const draft = await services.games.create(gmActor, draftInput(system.id));
    await services.lifecycle.publish(gmActor, {
      id: draft.id,
      allowPastDate: false,
      silent: false,
    });
    await services.registrations.register(playerActor, draft.id);
    await services.games.update(gmActor, { id: draft.id, description: 'Air is running out.' });
    await services.registrations.unregister(playerActor, draft.id);
    await services.lifecycle.archive(gmActor, draft.id);
    await worker.stop();

    const game = await reload(env.db.orm, draft.id);
    expect(game.status).toBe('archived');
    expect(game.description).toBe('Air is running out.');
    const saved = await env.db.orm.em.fork().findOneOrFail(Channel, cat.id);
    expect(saved.size).toBe(0);
    const outbox = await actions(env.db.orm);
    expect(outbox.map((a) => a.kind)).toEqual([
      'game.publish',
      'member.add',
      'game.refresh',
      'game.refresh',
      'member.remove',
      'game.refresh',
      'game.archive',
    ]);
    expect(outbox.every((a) => a.status === 'pending')).toBe(true);
    // Only the first action of the game was tried; the rest wait their turn.
    expect(outbox.map((a) => a.attempts)).toEqual([1, 0, 0, 0, 0, 0, 0]);
    expect(outbox[0]?.lastError).toMatch(/ECONNREFUSED|connect|fetch failed/i);
  });
});
