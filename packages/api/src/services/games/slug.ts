import type { EntityManager } from '@mikro-orm/postgresql';

import { Game } from '@questboard/db';

/** Longest slug the column takes. */
export const SLUG_MAX = 90;

/** Lower-case ASCII words joined by single hyphens: `Élan & Co!` → `elan-co`. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** `<name>-by-<gm>` cut to fit `SLUG_MAX` with room for `suffix`, never ending on a hyphen. */
export function slugBase(name: string, gmHandle: string, suffix = ''): string {
  const tail = `-by-${slugify(gmHandle) || 'gm'}`;
  const head = slugify(name) || 'game';
  const room = SLUG_MAX - suffix.length;
  const full = `${head}${tail}`;
  const cut =
    full.length <= room ? full : `${head.slice(0, Math.max(room - tail.length, 1))}${tail}`;
  return `${cut.slice(0, room).replace(/-+$/, '')}${suffix}`;
}

/**
 * A free slug for a game named `name` run by `gmHandle`: the base, or the base suffixed
 * `-2`, `-3`… `exceptGameId` keeps a game's own slug available to it. A concurrent create can
 * still take it first; the unique index then refuses and the service retries.
 */
export async function uniqueSlug(
  em: EntityManager,
  name: string,
  gmHandle: string,
  exceptGameId?: number,
): Promise<string> {
  const base = slugBase(name, gmHandle);
  const rows = await em
    .createQueryBuilder(Game, 'g')
    .select('g.slug')
    .where({
      // Suffixed slugs of a long base are cut shorter, so match on a shorter prefix.
      slug: { $like: `${base.slice(0, SLUG_MAX - 10)}%` },
      ...(exceptGameId === undefined ? {} : { id: { $ne: exceptGameId } }),
    })
    .execute<{ slug: string }[]>('all', false);
  const taken = new Set(rows.map((row) => row.slug));

  if (!taken.has(base)) {
    return base;
  }
  for (let n = 2; ; n += 1) {
    const candidate = slugBase(name, gmHandle, `-${n}`);
    if (!taken.has(candidate)) {
      return candidate;
    }
  }
}
