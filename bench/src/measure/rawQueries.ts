import type pg from 'pg';

import type { Fixtures } from './fixtures.js';

/**
 * The floor: each question asked by hand in plain SQL through `pg`, returning the same rows
 * the application needs. No ORM, no hydration, no transaction around reads.
 */

const BOARD_COLUMNS = `g.*,
  gm.id as gm__id, gm.name as gm__name, gm.username as gm__username,
  sys.id as sys__id, sys.name as sys__name, sys.icon as sys__icon,
  vtt.id as vtt__id, vtt.name as vtt__name, vtt.icon as vtt__icon,
  se.id as se__id, se.name as se__name, se.emoji as se__emoji, se.color as se__color`;

/**
 * The board's first page and its total, as a page needs both. The order (upcoming games
 * nearest first, then past games most recent first) is read off the (status, date) index in
 * two branches of 20 rows each instead of sorting every open game; the total is an
 * index-only count on game_board_idx.
 */
export async function rawSearch(pool: pg.Pool, name?: string): Promise<unknown> {
  const params: unknown[] = [];
  let where = `g.status = 'open' and g.type in ('oneshot', 'campaign')
    and g.restriction in ('all', '16+', '18+')`;
  if (name) {
    params.push(`%${name.replace(/[\\%_]/g, (char) => `\\${char}`)}%`);
    where += ` and g.name ilike $1`;
  }

  const page = pool.query(
    `with first as (
       (select g.id from game g where ${where} and g.date >= now() order by g.date, g.id limit 20)
       union all
       (select g.id from game g where ${where} and g.date < now()
        order by g.date desc, g.id limit 20))
     select ${BOARD_COLUMNS} from first f
     join game g on g.id = f.id
     join "user" gm on gm.id = g.gm_id
     join system sys on sys.id = g.system_id
     left join vtt on vtt.id = g.vtt_id
     left join special_event se on se.id = g.special_event_id
     order by g.date < now(), abs(extract(epoch from (g.date - now()))), g.id limit 20`,
    params,
  );
  const total = pool.query<{ total: number }>(
    `select count(*)::int as total from game g where ${where}`,
    params,
  );
  const [rows, count] = await Promise.all([page, total]);
  return { rows: rows.rows, total: count.rows[0] };
}

/** A game's page: the game with its GM, system, VTT, event, players and sessions. */
export async function rawBySlug(pool: pg.Pool, fixtures: Fixtures): Promise<unknown> {
  const result = await pool.query(
    `select g.*, row_to_json(gm) as gm, row_to_json(sys) as system, row_to_json(vtt) as vtt,
       row_to_json(se) as special_event,
       (select coalesce(json_agg(p order by r.registered_at), '[]') from registration r
          join "user" p on p.id = r.user_id where r.game_id = g.id) as players,
       (select coalesce(json_agg(s order by s.start), '[]') from game_session s
          where s.game_id = g.id) as sessions
     from game g
     join "user" gm on gm.id = g.gm_id
     join system sys on sys.id = g.system_id
     left join vtt on vtt.id = g.vtt_id
     left join special_event se on se.id = g.special_event_id
     where g.slug = $1`,
    [fixtures.slug],
  );
  return result.rows[0];
}

/**
 * The calendar: sessions inside the month with what a calendar cell shows of their game. The
 * redundant `start < end-of-range` bounds the (start, end) index scan to the month.
 */
export async function rawInRange(pool: pg.Pool, fixtures: Fixtures): Promise<unknown> {
  const result = await pool.query(
    `select s.id, s.start, s."end", s.game_id, g.slug, g.name, g.type, g.status
     from game_session s join game g on g.id = s.game_id
     where s.start >= $1 and s."end" <= $2 and s.start < $2
     order by s.start, s.id`,
    [fixtures.monthStart, fixtures.monthEnd],
  );
  return result.rows;
}

/** Top ten active members holding the trophy, ties by name. */
export async function rawLeaderboard(pool: pg.Pool, fixtures: Fixtures): Promise<unknown> {
  const result = await pool.query(
    `select u.id, u.name, u.username, ut.quantity as total
     from user_trophy ut join "user" u on u.id = ut.user_id
     where ut.trophy_id = $1 and u.not_player_as_of is null
     order by ut.quantity desc, u.name, u.id limit 10`,
    [fixtures.trophyId],
  );
  return result.rows;
}
