import { CATEGORIES_PER_TYPE } from './referenceSteps.js';
import type { ClubPlan } from './sizes.js';
import { objectId, pick, pickIndex, unit, userCreatedAt, userId } from './sqlExpressions.js';
import {
  ADJECTIVES,
  FIRST_NAMES,
  LAST_NAMES,
  LOREM,
  NOUNS,
  PLACES,
  SPECIAL_EVENTS,
  SYSTEMS,
  TROPHIES,
  VTTS,
} from './words.js';

/** One INSERT … SELECT over the index range [from, to]. */
export type ChunkStatement = (from: number, to: number) => string;

const firstName = (i: string) => pick(FIRST_NAMES, i, 1);
const lastName = (i: string) => pick(LAST_NAMES, i, 2);

/** The member's handle, e.g. "alice.martin42"; rebuilt from the index wherever needed. */
const username = (i: string) =>
  `lower(${firstName(i)}) || '.' || lower(${lastName(i)}) || ((${i}) % 100)`;

export function usersStatement(plan: ClubPlan): ChunkStatement {
  return (from, to) => `
    insert into "user" (id, name, username, not_player_as_of, is_gm, is_admin, created_at)
    select ${userId('i', plan.users)}, ${firstName('i')} || ' ' || ${lastName('i')}, ${username('i')},
      case when ${unit('i', 3)} < 0.08
        then least(now(), ${userCreatedAt('i', plan.users)} + ${unit('i', 4)} * interval '1500 days')
      end,
      i % 10 = 0, i < 5, ${userCreatedAt('i', plan.users)}
    from generate_series(${from}, ${to}) i`;
}

/** Games are dated from three years ago to six months ahead; status follows the date. */
export function gamesStatement(plan: ClubPlan): ChunkStatement {
  const gms = Math.ceil(plan.users / 10);
  const name = `'The ' || ${pick(ADJECTIVES, 'i', 11)} || ' ' || ${pick(NOUNS, 'i', 12)}
    || case when ${unit('i', 13)} < 0.7 then ' of ' || ${pick(PLACES, 'i', 14)} else '' end`;
  const gmIndex = `(10 * floor(${gms} * power(${unit('i', 15)}, 2))::int)`;
  const date = `date_trunc('day', now() - interval '1095 days' + ${unit('i', 16)} * interval '1278 days')
    + make_interval(hours => 17 + ${pickIndex('i', 17, 5)})`;
  const live = (value: string) => `case when status <> 'draft' then ${value} end`;
  const category = `${objectId(
    `${pickIndex('i', 30, CATEGORIES_PER_TYPE)}
    + case when type = 'campaign' then ${CATEGORIES_PER_TYPE} else 0 end`,
    1,
  )}`;

  return (from, to) => `
    insert into game (id, slug, name, type, length, gm_id, system_id, vtt_id, description,
      restriction, restriction_tags, party_size, party_selection, xp, date, session_length,
      frequency, characters, classification, ambience, channel, msg_id, role, category_id,
      status, special_event_id, created_at, updated_at)
    select i,
      regexp_replace(lower(name), '[^a-z0-9]+', '-', 'g') || '-by-'
        || regexp_replace(${username('gm')}, '[^a-z0-9]+', '-', 'g') || '-' || i,
      name, type, case when type = 'campaign' then '6 sessions' else '1 session' end,
      ${userId('gm', plan.users)},
      1 + floor(${SYSTEMS.length} * power(${unit('i', 18)}, 2))::int,
      case when ${unit('i', 19)} < 0.1 then null else 1 + ${pickIndex('i', 20, VTTS.length)} end,
      name || '. ' || '${LOREM}',
      restriction, case when restriction = '18+' then '{gore,violence}'::text[] else '{}' end,
      party_size, ${unit('i', 21)} < 0.1, ${pick(['all', 'beginners', 'seasoned'], 'i', 22)}, date,
      (array[2.5, 3, 3.5, 4])[1 + ${pickIndex('i', 23, 4)}],
      case when type = 'campaign' then ${pick(['weekly', 'bi-weekly', 'monthly'], 'i', 24)} end,
      ${pick(['with_gm', 'self', 'pregen', 'choice'], 'i', 25)},
      jsonb_build_object('action', ${pickIndex('i', 26, 3)}, 'investigation', ${pickIndex('i', 27, 3)},
        'interaction', ${pickIndex('i', 28, 3)}, 'horror', ${pickIndex('i', 29, 3)}),
      array_remove(array[
        case when ${unit('i', 31)} < 0.4 then 'chill' end,
        case when ${unit('i', 32)} < 0.4 then 'serious' end,
        case when ${unit('i', 33)} < 0.3 then 'comic' end,
        case when ${unit('i', 34)} < 0.3 then 'epic' end], null),
      ${live(objectId('i', 2))}, ${live(objectId('i', 3))}, ${live(objectId('i', 4))},
      ${live(category)}, status,
      case when ${unit('i', 35)} < 0.05 then 1 + ${pickIndex('i', 36, SPECIAL_EVENTS.length)} end,
      created, created
    from (
      select *,
        case when date >= now() then
          case when ${unit('i', 37)} < 0.08 then 'draft' when ${unit('i', 37)} < 0.2 then 'closed'
            else 'open' end
        else
          case when ${unit('i', 37)} < 0.02 then 'draft' when ${unit('i', 37)} < 0.05 then 'open'
            when ${unit('i', 37)} < 0.15 then 'closed' else 'archived' end
        end as status,
        least(now() - interval '1 hour', date - ${unit('i', 38)} * interval '60 days') as created
      from (
        select i, ${gmIndex} as gm, ${name} as name, ${date} as date,
          case when i % 5 < 2 then 'campaign' else 'oneshot' end as type,
          case when ${unit('i', 39)} < 0.7 then 'all' when ${unit('i', 39)} < 0.9 then '16+'
            else '18+' end as restriction,
          case when ${unit('i', 40)} < 0.15 then 3 when ${unit('i', 40)} < 0.5 then 4
            when ${unit('i', 40)} < 0.8 then 5 else 6 end as party_size
        from generate_series(${from}, ${to}) i
      ) base
    ) game_rows`;
}

/** One session for a one-shot, six for a campaign, spaced by its frequency. */
export function sessionsStatement(): ChunkStatement {
  const gap = `case g.frequency when 'bi-weekly' then 14 when 'monthly' then 28 else 7 end`;
  return (from, to) => `
    insert into game_session (game_id, start, "end")
    select g.id, g.date + make_interval(days => s * ${gap}),
      g.date + make_interval(days => s * ${gap}) + g.session_length * interval '1 hour'
    from game g
    cross join lateral generate_series(0, case when g.type = 'campaign' then 5 else 0 end) s
    where g.id between ${from} and ${to}`;
}

/**
 * Full tables for closed and archived games, part-filled open ones, none for drafts. Seats go
 * to distinct members: a hashed start plus a stride of a seventh of the club.
 */
export function registrationsStatement(plan: ClubPlan): ChunkStatement {
  const stride = Math.floor(plan.users / 7) + 1;
  const seats = `case g.status when 'draft' then 0
    when 'open' then floor(g.party_size * ${unit('g.id', 71)})::int else g.party_size end`;
  const member = `((${pickIndex('g.id', 72, plan.users)} + j * ${stride}) % ${plan.users})`;
  return (from, to) => `
    insert into registration (game_id, user_id, registered_at)
    select g.id, ${userId(member, plan.users)},
      least(now(), g.created_at + make_interval(hours => 5 * j + 1))
    from game g cross join lateral generate_series(0, ${seats} - 1) j
    where g.id between ${from} and ${to}`;
}

/** Each member holds each trophy with the trophy's share; repeatable trophies pile up. */
export function userTrophiesStatement(plan: ClubPlan): ChunkStatement {
  const shares = TROPHIES.map(
    (trophy, index) => `(${index + 1}, ${trophy.share}, ${trophy.unique})`,
  );
  return (from, to) => `
    insert into user_trophy (user_id, trophy_id, quantity)
    select ${userId('u', plan.users)}, t.id,
      case when t.is_unique then 1
        else 1 + floor(25 * power(${unit('u * 100 + t.id', 91)}, 3))::int end
    from generate_series(${from}, ${to}) u
    cross join (values ${shares.join(', ')}) as t(id, share, is_unique)
    where ${unit('u * 100 + t.id', 92)} < t.share`;
}
