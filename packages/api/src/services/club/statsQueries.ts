/**
 * The SQL behind the stats page. Every figure is counted by PostgreSQL (GROUP BY,
 * date_trunc, generate_series); drafts count nowhere. Months are calendar months in UTC.
 */

/** Counts split by game type, as `oneshot`, `campaign` and `total` int columns. */
const SPLIT = `count(*) filter (where g.type = 'oneshot')::int as oneshot,
  count(*) filter (where g.type = 'campaign')::int as campaign,
  count(*)::int as total`;

/** Games by status and type, plus per-type subtotals (status null) from one grouping. */
export const GAMES_BY_STATUS_SQL = `
select g.status, g.type, count(*)::int as total
from game g
where g.status <> 'draft'
group by grouping sets ((g.status, g.type), (g.type))`;

/**
 * The headline numbers. Distinct members count the rows of a `group by` (a hash aggregate):
 * `count(distinct …)` sorts every registration's id, about five times slower on a large club.
 */
export const TOTALS_SQL = `
select
  (select count(*)::int from game g where g.status <> 'draft') as games,
  (select count(*)::int from game_session s join game g on g.id = s.game_id
     where g.status <> 'draft') as sessions,
  (select count(*)::int from (select r.user_id from registration r join game g on g.id = r.game_id
     where g.status <> 'draft' group by r.user_id) p) as players,
  (select count(*)::int from (select g.gm_id from game g where g.status <> 'draft'
     group by g.gm_id) m) as gms`;

/**
 * The 12 calendar months up to the one holding `?` (a timestamptz, given twice), each with its
 * count of `dated` rows split by type. `dated` must select `at` (timestamptz) and `type`.
 */
function lastTwelveMonths(dated: string): string {
  return `
with months as (
  select generate_series(
    date_trunc('month', ?::timestamptz at time zone 'UTC') - interval '11 months',
    date_trunc('month', ?::timestamptz at time zone 'UTC'),
    interval '1 month'
  ) as month
),
dated as (${dated})
select to_char(m.month, 'YYYY-MM') as month,
  count(d.at) filter (where d.type = 'oneshot')::int as oneshot,
  count(d.at) filter (where d.type = 'campaign')::int as campaign,
  count(d.at)::int as total
from months m
left join dated d
  on d.at >= m.month at time zone 'UTC'
  and d.at < (m.month + interval '1 month') at time zone 'UTC'
group by m.month
order by m.month`;
}

export const SESSIONS_PER_MONTH_SQL = lastTwelveMonths(
  `select s.start as at, g.type from game_session s join game g on g.id = s.game_id
   where g.status <> 'draft'`,
);

export const GAMES_PER_MONTH_SQL = lastTwelveMonths(
  `select g.date as at, g.type from game g where g.status <> 'draft'`,
);

/** Systems or VTTs (`table` is a trusted literal) by published games using them; limit `?`. */
function topReference(table: 'system' | 'vtt'): string {
  return `
select r.id, r.name, ${SPLIT}
from game g
join ${table} r on r.id = g.${table}_id
where g.status <> 'draft'
group by r.id, r.name
order by total desc, r.name asc, r.id asc
limit ?`;
}

export const TOP_SYSTEMS_SQL = topReference('system');
export const TOP_VTTS_SQL = topReference('vtt');

/** Members still playing, by published games they hold a seat at; limit `?`. */
export const TOP_PLAYERS_SQL = `
select u.id, u.name, ${SPLIT}
from registration r
join game g on g.id = r.game_id
join "user" u on u.id = r.user_id
where g.status <> 'draft' and u.not_player_as_of is null
group by u.id, u.name
order by total desc, u.name asc, u.id asc
limit ?`;

/** GMs by published games run; limit `?`. */
export const TOP_GMS_SQL = `
select u.id, u.name, ${SPLIT}
from game g
join "user" u on u.id = g.gm_id
where g.status <> 'draft'
group by u.id, u.name
order by total desc, u.name asc, u.id asc
limit ?`;
