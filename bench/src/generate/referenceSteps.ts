import { quote, textArray } from './sqlExpressions.js';
import { SPECIAL_EVENTS, SYSTEMS, TROPHIES, VTTS } from './words.js';

/** Categories per game type: ids 0..9 hold one-shots, 10..19 campaigns. */
export const CATEGORIES_PER_TYPE = 10;

function namesTable(table: string, names: readonly string[]): string {
  return `insert into "${table}" (id, name)
    select ord, name from unnest(${textArray(names)}) with ordinality as t(name, ord)`;
}

/** Statements that create the club's reference data: systems, VTTs, events, categories, trophies. */
export function referenceStatements(): string[] {
  const trophies = TROPHIES.map(
    (trophy, index) => `(${index + 1}, ${quote(trophy.name)}, ${trophy.unique})`,
  ).join(', ');

  return [
    namesTable('system', SYSTEMS),
    namesTable('vtt', VTTS),
    `insert into special_event (id, name, color, active)
      select ord, name, (ord * 2654435) % 16777216, ord = 1
      from unnest(${textArray(SPECIAL_EVENTS)}) with ordinality as t(name, ord)`,
    `insert into trophy (id, name, "unique") values ${trophies}`,
    `insert into channel (id, type, size)
      select (1300000000000000000::bigint + 10000000000000 + k)::text,
        case when k < ${CATEGORIES_PER_TYPE} then 'oneshot' else 'campaign' end, 0
      from generate_series(0, ${2 * CATEGORIES_PER_TYPE - 1}) k`,
  ];
}

/** Statements run once every row is in: sequences past the explicit ids, category sizes. */
export function finishingStatements(): string[] {
  const sequences = ['system', 'vtt', 'special_event', 'trophy', 'game'].map(
    (table) =>
      `select setval(pg_get_serial_sequence('"${table}"', 'id'), (select max(id) from "${table}"))`,
  );
  return [
    ...sequences,
    `update channel c set size = (
       select count(*) from game g where g.category_id = c.id and g.status in ('open', 'closed'))`,
  ];
}
