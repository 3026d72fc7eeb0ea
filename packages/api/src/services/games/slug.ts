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
  // A cut head must not end on a hyphen, or the slug would hold `--`.
  const shortHead = head.slice(0, Math.max(room - tail.length, 1)).replace(/-+$/, '');
  const cut = full.length <= room ? full : `${shortHead}${tail}`;
  return `${cut.slice(0, room).replace(/-+$/, '')}${suffix}`;
}

/** How many candidates one query checks. */
const BATCH = 20;

/**
 * A free slug for a game named `name` run by `gmHandle`: the base, or the base suffixed
 * `-2`, `-3`… `exceptGameId` keeps a game's own slug available to it. Call it inside the
 * transaction that writes the slug: it holds a lock on the base until the commit.
 */
export async function uniqueSlug(
  em: EntityManager,
  name: string,
  gmHandle: string,
  exceptGameId?: number,
): Promise<string> {
  // Creates and renames to the same base wait for each other until commit, so the second
  // sees the slug the first took.
  await em.execute('select pg_advisory_xact_lock(hashtext(?))', [slugBase(name, gmHandle)]);

  // Candidates are checked by exact value: a long base is cut shorter to fit its suffix, so
  // the suffixed slugs do not all share one prefix.
  for (let first = 1; ; first += BATCH) {
    const candidates = Array.from({ length: BATCH }, (_, index) => {
      const n = first + index;
      return slugBase(name, gmHandle, n === 1 ? '' : `-${n}`);
    });
    const taken = await em.find(
      Game,
      {
        slug: { $in: candidates },
        ...(exceptGameId === undefined ? {} : { id: { $ne: exceptGameId } }),
      },
      { fields: ['slug'] },
    );
    const used = new Set(taken.map((game) => game.slug));
    const free = candidates.find((candidate) => !used.has(candidate));
    if (free) {
      return free;
    }
  }
}
