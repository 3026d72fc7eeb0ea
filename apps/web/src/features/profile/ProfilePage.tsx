import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router-dom';

import { TrophyIcon } from '../../components/Icon.js';
import { Empty, QueryView } from '../../components/States.js';
import { formatDay } from '../../lib/dates.js';
import { useTRPC } from '../../trpc.js';

export const profileStrings = {
  loading: 'Loading the profile…',
  trophyCase: 'Trophy case',
  emptyCase: 'No trophy yet: finish a game to earn one.',
  gm: 'Game master',
  admin: 'Admin',
  player: 'Player',
  inactive: (date: string) => `No longer playing since ${date}`,
  memberSince: (date: string) => `Member since ${date}`,
  times: (count: number) => `×${count}`,
  summary: (total: number, distinct: number) =>
    `${total} ${total === 1 ? 'trophy' : 'trophies'}, ${distinct} different`,
};
const s = profileStrings;

/** A member's card and trophy case. */
export function ProfilePage() {
  const { id = '' } = useParams();
  const trpc = useTRPC();
  const user = useQuery(trpc.users.byId.queryOptions({ id }));

  return (
    <QueryView query={user} loadingLabel={s.loading}>
      {(member) => (
        <>
          <header className="profile-header">
            <span className="avatar avatar-large" aria-hidden="true">
              {member.name.slice(0, 1).toUpperCase()}
            </span>
            <div>
              <h1>{member.name}</h1>
              <p className="button-row">
                {member.username && <span className="muted">@{member.username}</span>}
                {member.isAdmin && <span className="badge badge-restriction">{s.admin}</span>}
                {member.isGm && <span className="badge badge-open">{s.gm}</span>}
                {!member.isGm && !member.isAdmin && <span className="badge">{s.player}</span>}
                {member.notPlayerAsOf && (
                  <span className="badge badge-archived">
                    {s.inactive(formatDay(member.notPlayerAsOf))}
                  </span>
                )}
              </p>
              <p className="muted small">{s.memberSince(formatDay(member.createdAt))}</p>
            </div>
          </header>
          <section className="panel" aria-labelledby="case-title">
            <h2 id="case-title">{s.trophyCase}</h2>
            {member.trophies.items.length === 0 ? (
              <Empty title={s.emptyCase} />
            ) : (
              <>
                <p className="muted">
                  {s.summary(member.trophies.total, member.trophies.distinct)}
                </p>
                <ul className="trophy-case">
                  {member.trophies.items.map((entry) => (
                    <li key={entry.trophy.id} className="trophy-item">
                      <span className="trophy-medal">
                        <TrophyIcon icon={entry.trophy.icon} />
                      </span>
                      <span className="trophy-name">{entry.trophy.name}</span>
                      {entry.quantity > 1 && (
                        <span className="trophy-count">{s.times(entry.quantity)}</span>
                      )}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </section>
        </>
      )}
    </QueryView>
  );
}
