import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';

/** An outbox row as the worker handles it. */
export interface ClaimedAction {
  id: number;
  gameId: number | null;
  kind: string;
  payload: Record<string, unknown>;
  result: Record<string, unknown>;
  attempts: number;
}

/** Discord ids and category a step recorded on the game. */
export interface GamePatch {
  role?: string | null;
  channel?: string | null;
  msgId?: string | null;
  categoryId?: string | null;
}

interface Row {
  id: number;
  game_id: number | null;
  kind: string;
  payload: Record<string, unknown> | null;
  result: Record<string, unknown> | null;
  attempts: number;
}

/**
 * Takes the next due action whose game has no earlier pending action, and leases it: its
 * attempt is counted and `next_attempt_at` pushed past the lease, so neither this worker nor
 * another one takes it (or a later action of the same game) while it runs. One short
 * transaction; `skip locked` lets concurrent workers pass each other.
 */
export async function claimNext(orm: MikroORM, leaseMs: number): Promise<ClaimedAction | null> {
  return orm.em.fork().transactional(async (em) => {
    const rows = await em.execute<Row[]>(
      `select a.id from outbox_action a
        where a.status = 'pending' and a.next_attempt_at <= now()
          and (a.game_id is null or not exists (
            select 1 from outbox_action b
             where b.game_id = a.game_id and b.id < a.id and b.status = 'pending'))
        order by a.id
        limit 1
        for update skip locked`,
    );
    const id = rows[0]?.id;
    if (id === undefined) {
      return null;
    }

    const [row] = await em.execute<Row[]>(
      `update outbox_action
          set attempts = attempts + 1,
              next_attempt_at = now() + make_interval(secs => ?)
        where id = ?
        returning id, game_id, kind, payload, result, attempts`,
      [leaseMs / 1000, id],
    );
    if (!row) {
      return null;
    }
    return {
      id: row.id,
      gameId: row.game_id,
      kind: row.kind,
      payload: row.payload ?? {},
      result: row.result ?? {},
      attempts: row.attempts,
    };
  });
}

async function patchGame(em: EntityManager, gameId: number, patch: GamePatch): Promise<void> {
  const sets: string[] = [];
  const params: unknown[] = [];
  const columns: [keyof GamePatch, string][] = [
    ['role', 'role'],
    ['channel', 'channel'],
    ['msgId', 'msg_id'],
    ['categoryId', 'category_id'],
  ];
  for (const [key, column] of columns) {
    if (patch[key] !== undefined) {
      sets.push(`${column} = ?`);
      params.push(patch[key]);
    }
  }
  if (sets.length > 0) {
    // A deleted game updates nothing; its ids stay on the action's result.
    await em.execute(`update game set ${sets.join(', ')} where id = ?`, [...params, gameId]);
  }
}

/**
 * Records what one step got from Discord, in its own transaction, before anything else
 * happens to the game: the ids on the game row and merged into the action's result. Also
 * renews the lease.
 */
export async function recordStep(
  em: EntityManager,
  action: ClaimedAction,
  result: Record<string, unknown>,
  game: GamePatch,
  leaseMs: number,
): Promise<void> {
  Object.assign(action.result, result);
  if (action.gameId !== null) {
    await patchGame(em, action.gameId, game);
  }
  await em.execute(
    `update outbox_action
        set result = coalesce(result, '{}'::jsonb) || ?::jsonb,
            next_attempt_at = now() + make_interval(secs => ?)
      where id = ?`,
    [JSON.stringify(result), leaseMs / 1000, action.id],
  );
}

export async function markDone(orm: MikroORM, actionId: number): Promise<void> {
  await orm.em.fork().transactional(async (em) => {
    await em.execute(
      `update outbox_action set status = 'done', done_at = now(), last_error = null where id = ?`,
      [actionId],
    );
  });
}

/** Schedules another attempt after `delayMs`, or gives up for good when `final`. */
export async function markFailed(
  orm: MikroORM,
  actionId: number,
  error: string,
  delayMs: number,
  final: boolean,
): Promise<void> {
  await orm.em.fork().transactional(async (em) => {
    await em.execute(
      `update outbox_action
          set status = ?, last_error = ?, next_attempt_at = now() + make_interval(secs => ?)
        where id = ?`,
      [final ? 'failed' : 'pending', error.slice(0, 2000), delayMs / 1000, actionId],
    );
  });
}

/** The Discord ids earlier actions of a game recorded, newest last. */
export async function earlierResults(
  orm: MikroORM,
  gameId: number,
  beforeId: number,
): Promise<Record<string, unknown>[]> {
  const rows = await orm.em
    .fork()
    .execute<{ result: Record<string, unknown> | null }[]>(
      `select result from outbox_action where game_id = ? and id < ? and result is not null order by id`,
      [gameId, beforeId],
    );
  return rows.map((row) => row.result ?? {});
}

/** Deletes delivered actions done more than `days` days ago; returns how many. */
export async function pruneDone(orm: MikroORM, days: number): Promise<number> {
  const rows = await orm.em.fork().execute<{ id: number }[]>(
    `delete from outbox_action
        where status = 'done' and done_at < now() - make_interval(days => ?)
        returning id`,
    [days],
  );
  return rows.length;
}
