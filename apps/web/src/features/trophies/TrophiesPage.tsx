import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router-dom';

import { TrophyIcon } from '../../components/Icon.js';
import { PageHeader } from '../../components/PageHeader.js';
import { Empty, QueryView } from '../../components/States.js';
import type { Outputs } from '../../lib/api.js';
import { useTRPC } from '../../trpc.js';

export const trophiesStrings = {
  title: 'Trophies',
  subtitle: 'Every finished game earns its table a trophy. Who has played the most?',
  loading: 'Loading the trophies…',
  empty: 'The club has no trophy yet.',
  pick: 'Trophies',
  leaderboard: (name: string) => `Leaderboard: ${name}`,
  unique: 'Earned once',
  noWinner: 'Nobody has earned this trophy yet.',
  rank: 'Rank',
  member: 'Member',
  total: 'Earned',
  loadingBoard: 'Loading the leaderboard…',
};
const s = trophiesStrings;

type Trophy = Outputs['trophies']['list'][number];

const MEDALS = ['🥇', '🥈', '🥉'];

function Leaderboard({ trophy }: { trophy: Trophy }) {
  const trpc = useTRPC();
  const board = useQuery(
    trpc.trophies.leaderboard.queryOptions({ trophyId: trophy.id, limit: 20 }),
  );

  return (
    <section className="panel" aria-labelledby="leaderboard-title">
      <h2 id="leaderboard-title">
        <TrophyIcon icon={trophy.icon} /> {s.leaderboard(trophy.name)}
      </h2>
      <QueryView
        query={board}
        loadingLabel={s.loadingBoard}
        isEmpty={(rows) => rows.length === 0}
        empty={<Empty title={s.noWinner} />}
      >
        {(rows) => (
          <ol className="leaderboard">
            {rows.map((row) => (
              <li key={row.user.id} className={row.rank <= 3 ? 'podium' : ''}>
                <span className="rank" aria-label={`${s.rank} ${row.rank}`}>
                  {MEDALS[row.rank - 1] ?? row.rank}
                </span>
                <Link to={`/users/${row.user.id}`} className="leader-name">
                  {row.user.name}
                </Link>
                <span className="leader-total">
                  <span className="visually-hidden">{s.total} </span>×{row.total}
                </span>
              </li>
            ))}
          </ol>
        )}
      </QueryView>
    </section>
  );
}

/** The club's trophies and each one's leaderboard; the chosen trophy lives in the URL. */
export function TrophiesPage() {
  const trpc = useTRPC();
  const trophies = useQuery(trpc.trophies.list.queryOptions());
  const [params, setParams] = useSearchParams();

  return (
    <>
      <PageHeader title={s.title} subtitle={s.subtitle} />
      <QueryView
        query={trophies}
        loadingLabel={s.loading}
        isEmpty={(list) => list.length === 0}
        empty={<Empty title={s.empty} />}
      >
        {(list) => {
          const chosen =
            list.find((trophy) => String(trophy.id) === params.get('trophy')) ?? list[0]!;
          return (
            <div className="trophies-layout">
              <nav aria-label={s.pick}>
                <ul className="trophy-picker">
                  {list.map((trophy) => (
                    <li key={trophy.id}>
                      <button
                        type="button"
                        aria-pressed={trophy.id === chosen.id}
                        onClick={() => setParams({ trophy: String(trophy.id) })}
                      >
                        <span className="trophy-icon">
                          <TrophyIcon icon={trophy.icon} />
                        </span>
                        <span>
                          {trophy.name}
                          {trophy.unique && <span className="small muted"> · {s.unique}</span>}
                        </span>
                      </button>
                    </li>
                  ))}
                </ul>
              </nav>
              <Leaderboard trophy={chosen} />
            </div>
          );
        }}
      </QueryView>
    </>
  );
}
