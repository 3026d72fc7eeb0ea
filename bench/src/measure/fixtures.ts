import type pg from 'pg';

/** Inputs the measured calls use, picked from the club being measured. */
export interface Fixtures {
  /** An open game a few weeks ahead: what a shared link points at. */
  slug: string;
  /** The calendar's month: the next whole calendar month, UTC. */
  monthStart: Date;
  monthEnd: Date;
  /** The most held trophy: the largest leaderboard. */
  trophyId: number;
  /** A word of about one game name in twenty. */
  nameSearch: string;
}

export async function loadFixtures(client: pg.Pool | pg.Client): Promise<Fixtures> {
  const game = await client.query<{ slug: string }>(
    `select slug from game where status = 'open' and date > now() order by date, id offset 50 limit 1`,
  );
  const trophy = await client.query<{ trophy_id: number }>(
    `select trophy_id from user_trophy group by trophy_id order by count(*) desc limit 1`,
  );

  const now = new Date();
  const monthStart = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
  const monthEnd = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 2, 1));

  const slug = game.rows[0]?.slug;
  const trophyId = trophy.rows[0]?.trophy_id;
  if (slug === undefined || trophyId === undefined) {
    throw new Error('The club has no open future game or no trophy: rebuild it with --rebuild');
  }
  return { slug, monthStart, monthEnd, trophyId, nameSearch: 'dragon' };
}
