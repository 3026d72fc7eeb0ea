import { useQuery } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';

import { Notice } from '../../components/Notice.js';
import { Empty, ErrorState, Loading } from '../../components/States.js';
import { describeProblem } from '../../lib/errors.js';
import { fetchDemoUsers, type Viewer } from './session.js';
import { useDemoSignIn, useSession, useSignOut } from './useViewer.js';

export const signInStrings = {
  title: 'Sign in',
  demoTitle: 'Demo sign-in',
  demoIntro: 'This is a demo club: pick a member to act as them. No password needed.',
  suggested: 'Quick picks',
  player: 'A player',
  gm: 'A game master',
  admin: 'An admin',
  everyone: 'Every member',
  roleAdmin: 'Admin',
  roleGm: 'GM',
  rolePlayer: 'Player',
  loading: 'Loading the members…',
  unavailable: 'Sign-in is not available on this server.',
  noMembers: 'No member yet.',
  signedInAs: (name: string) => `You are signed in as ${name}.`,
  signOut: 'Sign out',
  signInAs: (name: string) => `Sign in as ${name}`,
};
const s = signInStrings;

function roleOf(user: Viewer): string {
  if (user.isAdmin) return s.roleAdmin;
  return user.isGm ? s.roleGm : s.rolePlayer;
}

/** The demo sign-in: quick picks for each role, then every member. */
export function SignInPage() {
  const session = useSession();
  const navigate = useNavigate();
  const demoEnabled = session.data?.signIn.demo === true;
  const users = useQuery({
    queryKey: ['auth', 'demo-users'],
    queryFn: fetchDemoUsers,
    enabled: demoEnabled,
  });
  const signIn = useDemoSignIn();
  const signOut = useSignOut();
  const viewer = session.data?.user ?? null;

  const pick = (user: Viewer) => signIn.mutate(user.id, { onSuccess: () => void navigate('/') });

  if (session.isPending) return <Loading />;
  if (session.isError)
    return <ErrorState error={session.error} onRetry={() => void session.refetch()} />;

  return (
    <div className="sign-in">
      <h1>{s.title}</h1>
      {viewer && (
        <Notice tone="info">
          {s.signedInAs(viewer.name)}{' '}
          <button type="button" className="button button-small" onClick={() => signOut.mutate()}>
            {s.signOut}
          </button>
        </Notice>
      )}
      {signIn.isError && <Notice tone="error">{describeProblem(signIn.error)}</Notice>}
      {!demoEnabled ? (
        <Empty title={s.unavailable} />
      ) : users.isPending ? (
        <Loading label={s.loading} />
      ) : users.isError ? (
        <ErrorState error={users.error} onRetry={() => void users.refetch()} />
      ) : users.data.users.length === 0 ? (
        <Empty title={s.noMembers} />
      ) : (
        <section className="panel" aria-labelledby="demo-title">
          <h2 id="demo-title">{s.demoTitle}</h2>
          <p className="muted">{s.demoIntro}</p>
          <h3>{s.suggested}</h3>
          <div className="quick-picks">
            {(
              [
                [s.player, users.data.suggested.player],
                [s.gm, users.data.suggested.gm],
                [s.admin, users.data.suggested.admin],
              ] as const
            ).map(([label, user]) =>
              user ? (
                <button
                  key={label}
                  type="button"
                  className="quick-pick"
                  disabled={signIn.isPending}
                  onClick={() => pick(user)}
                  aria-label={s.signInAs(user.name)}
                >
                  <span className="quick-pick-role">{label}</span>
                  <span className="quick-pick-name">{user.name}</span>
                </button>
              ) : null,
            )}
          </div>
          <h3>{s.everyone}</h3>
          <ul className="member-list">
            {users.data.users.map((user) => (
              <li key={user.id}>
                <button
                  type="button"
                  className="member-button"
                  disabled={signIn.isPending}
                  onClick={() => pick(user)}
                  aria-label={s.signInAs(user.name)}
                >
                  <span className="avatar" aria-hidden="true">
                    {user.name.slice(0, 1).toUpperCase()}
                  </span>
                  <span>{user.name}</span>
                  <span className="badge">{roleOf(user)}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
