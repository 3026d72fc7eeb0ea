import { useQuery } from '@tanstack/react-query';
import { Link, useLocation } from 'react-router-dom';

import { Notice } from '../../components/Notice.js';
import { PageHeader } from '../../components/PageHeader.js';
import { Empty, QueryView } from '../../components/States.js';
import { useTRPC } from '../../trpc.js';
import { useSession } from '../auth/useViewer.js';
import { GameCard, type BoardGame } from '../board/GameCard.js';

export const mineStrings = {
  title: 'My games',
  subtitle: 'The tables you run and the ones you sit at.',
  signIn: 'Sign in to see your games.',
  signInButton: 'Sign in',
  asGm: 'As game master',
  asGmHint: 'Drafts included: only you can see them until you publish.',
  asPlayer: 'As player',
  noGm: 'You are not running any game.',
  announce: 'Announce a game',
  noPlayer: 'You are not registered for any game yet.',
  browse: 'Browse the board',
  loading: 'Loading your games…',
};
const s = mineStrings;

function GameList({ games, empty }: { games: BoardGame[]; empty: React.ReactNode }) {
  if (games.length === 0) return <>{empty}</>;
  return (
    <div className="game-grid">
      {games.map((game) => (
        <GameCard key={game.id} game={game} />
      ))}
    </div>
  );
}

/** The viewer's games as GM (drafts included) and as player. */
export function MyGamesPage() {
  const trpc = useTRPC();
  const session = useSession();
  const viewer = session.data?.user ?? null;
  const location = useLocation();
  const mine = useQuery({ ...trpc.games.mine.queryOptions(), enabled: viewer !== null });
  const notice = (location.state as { notice?: string } | null)?.notice;

  if (!session.isPending && !viewer) {
    return (
      <Empty title={s.signIn}>
        <Link className="button button-primary" to="/sign-in">
          {s.signInButton}
        </Link>
      </Empty>
    );
  }

  return (
    <>
      <PageHeader title={s.title} subtitle={s.subtitle} />
      {notice && <Notice tone="success">{notice}</Notice>}
      <QueryView query={mine} loadingLabel={s.loading}>
        {(data) => (
          <>
            {(viewer?.isGm || viewer?.isAdmin || data.running.length > 0) && (
              <section className="section" aria-labelledby="as-gm">
                <h2 id="as-gm">{s.asGm}</h2>
                <p className="muted small">{s.asGmHint}</p>
                <GameList
                  games={data.running}
                  empty={
                    <Empty title={s.noGm}>
                      <Link className="button button-primary" to="/announce">
                        {s.announce}
                      </Link>
                    </Empty>
                  }
                />
              </section>
            )}
            <section className="section" aria-labelledby="as-player">
              <h2 id="as-player">{s.asPlayer}</h2>
              <GameList
                games={data.playing}
                empty={
                  <Empty title={s.noPlayer}>
                    <Link to="/">{s.browse}</Link>
                  </Empty>
                }
              />
            </section>
          </>
        )}
      </QueryView>
    </>
  );
}
