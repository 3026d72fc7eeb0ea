import type pg from 'pg';

/**
 * The stats page by hand: one connection, one statement per figure. Drafts count nowhere;
 * months are the twelve UTC calendar months up to the current one.
 */
const STATEMENTS = [
  `select status, type, count(*)::int from game where status <> 'draft'
   group by grouping sets ((status, type), (type))`,
  `select (select count(*)::int from game where status <> 'draft') as games,
     (select count(*)::int from game_session s join game g on g.id = s.game_id
        where g.status <> 'draft') as sessions,
     (select count(distinct r.user_id)::int from registration r join game g on g.id = r.game_id
        where g.status <> 'draft') as players,
     (select count(distinct gm_id)::int from game where status <> 'draft') as gms`,
  ...[
    'select s.start as at, g.type from game_session s join game g on g.id = s.game_id',
    'select g.date as at, g.type from game g',
  ].map(
    (dated) => `select to_char(m, 'YYYY-MM') as month,
       count(d.at) filter (where d.type = 'oneshot')::int as oneshot,
       count(d.at) filter (where d.type = 'campaign')::int as campaign, count(d.at)::int as total
     from generate_series(date_trunc('month', now() at time zone 'UTC') - interval '11 months',
       date_trunc('month', now() at time zone 'UTC'), interval '1 month') m
     left join (${dated} where g.status <> 'draft') d
       on d.at >= m at time zone 'UTC' and d.at < (m + interval '1 month') at time zone 'UTC'
     group by m order by m`,
  ),
  ...['system', 'vtt'].map(
    (table) => `select r.id, r.name, count(*) filter (where g.type = 'oneshot')::int as oneshot,
       count(*) filter (where g.type = 'campaign')::int as campaign, count(*)::int as total
     from game g join ${table} r on r.id = g.${table}_id where g.status <> 'draft'
     group by r.id, r.name order by total desc, r.name, r.id limit 10`,
  ),
  `select u.id, u.name, count(*) filter (where g.type = 'oneshot')::int as oneshot,
     count(*) filter (where g.type = 'campaign')::int as campaign, count(*)::int as total
   from registration r join game g on g.id = r.game_id join "user" u on u.id = r.user_id
   where g.status <> 'draft' and u.not_player_as_of is null
   group by u.id, u.name order by total desc, u.name, u.id limit 10`,
  `select u.id, u.name, count(*) filter (where g.type = 'oneshot')::int as oneshot,
     count(*) filter (where g.type = 'campaign')::int as campaign, count(*)::int as total
   from game g join "user" u on u.id = g.gm_id where g.status <> 'draft'
   group by u.id, u.name order by total desc, u.name, u.id limit 10`,
];

export async function rawStats(pool: pg.Pool): Promise<unknown> {
  const client = await pool.connect();
  try {
    const results: unknown[] = [];
    for (const sql of STATEMENTS) {
      results.push((await client.query(sql)).rows);
    }
    return results;
  } finally {
    client.release();
  }
}
