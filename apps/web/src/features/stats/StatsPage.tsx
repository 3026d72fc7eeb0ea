import { useQuery } from '@tanstack/react-query';

import { PageHeader } from '../../components/PageHeader.js';
import { Empty, QueryView } from '../../components/States.js';
import { typeLabels } from '../../lib/vocab.js';
import { useTRPC } from '../../trpc.js';
import { BarChart, DonutChart, MonthChart, TYPE_COLORS } from './charts.js';

export const statsStrings = {
  title: 'Stats',
  subtitle: 'What the club has been playing.',
  loading: 'Counting the dice…',
  empty: 'No game yet: the charts will fill up as the club plays.',
  totals: 'At a glance',
  totalGames: 'games published',
  totalSessions: 'sessions played',
  totalPlayers: 'players at a table',
  totalGms: 'game masters',
  perMonth: 'Games per month',
  sessionsPerMonth: 'Sessions per month',
  sessionsPerMonthLabel: 'Sessions per month, one-shots and campaigns stacked',
  topPlayers: 'Most seated players',
  topGms: 'Busiest game masters',
  perMonthLabel: 'Games per month, one-shots and campaigns stacked',
  topSystems: 'Top systems',
  topVtts: 'Top virtual tabletops',
  byType: 'By type',
  games: 'games',
  none: 'Nothing yet.',
};
const s = statsStrings;

/** The club's activity as pictures. */
export function StatsPage() {
  const trpc = useTRPC();
  const stats = useQuery(trpc.stats.overview.queryOptions());

  return (
    <>
      <PageHeader title={s.title} subtitle={s.subtitle} />
      <QueryView
        query={stats}
        loadingLabel={s.loading}
        isEmpty={(data) => data.totals.games === 0}
        empty={<Empty title={s.empty} />}
      >
        {(data) => (
          <div className="stats-grid">
            <section className="stats-wide stat-tiles" aria-label={s.totals}>
              {(
                [
                  [data.totals.games, s.totalGames],
                  [data.totals.sessions, s.totalSessions],
                  [data.totals.players, s.totalPlayers],
                  [data.totals.gms, s.totalGms],
                ] as const
              ).map(([value, label]) => (
                <p key={label} className="stat-tile">
                  <span className="stat-value">{value}</span>{' '}
                  <span className="stat-label">{label}</span>
                </p>
              ))}
            </section>
            <section className="panel stats-wide" aria-labelledby="per-month">
              <h2 id="per-month">{s.perMonth}</h2>
              <MonthChart months={data.gamesPerMonth} label={s.perMonthLabel} legend={typeLabels} />
            </section>
            <section className="panel" aria-labelledby="by-type">
              <h2 id="by-type">{s.byType}</h2>
              <DonutChart
                label={s.byType}
                totalLabel={s.games}
                slices={[
                  {
                    name: typeLabels.oneshot,
                    value: data.byType.oneshot,
                    color: TYPE_COLORS.oneshot,
                  },
                  {
                    name: typeLabels.campaign,
                    value: data.byType.campaign,
                    color: TYPE_COLORS.campaign,
                  },
                ]}
              />
            </section>
            <section className="panel" aria-labelledby="top-systems">
              <h2 id="top-systems">{s.topSystems}</h2>
              {data.topSystems.length === 0 ? (
                <p className="muted">{s.none}</p>
              ) : (
                <BarChart rows={data.topSystems} label={s.topSystems} />
              )}
            </section>
            <section className="panel" aria-labelledby="top-vtts">
              <h2 id="top-vtts">{s.topVtts}</h2>
              {data.topVtts.length === 0 ? (
                <p className="muted">{s.none}</p>
              ) : (
                <BarChart rows={data.topVtts} label={s.topVtts} color="#2f5f8c" />
              )}
            </section>
            <section className="panel stats-wide" aria-labelledby="sessions-month">
              <h2 id="sessions-month">{s.sessionsPerMonth}</h2>
              <MonthChart
                months={data.sessionsPerMonth}
                label={s.sessionsPerMonthLabel}
                legend={typeLabels}
              />
            </section>
            <section className="panel" aria-labelledby="top-players">
              <h2 id="top-players">{s.topPlayers}</h2>
              {data.topPlayers.length === 0 ? (
                <p className="muted">{s.none}</p>
              ) : (
                <BarChart
                  rows={data.topPlayers.map((row) => ({ name: row.user.name, count: row.count }))}
                  label={s.topPlayers}
                  color="#3d6b4b"
                />
              )}
            </section>
            <section className="panel" aria-labelledby="top-gms">
              <h2 id="top-gms">{s.topGms}</h2>
              {data.topGms.length === 0 ? (
                <p className="muted">{s.none}</p>
              ) : (
                <BarChart
                  rows={data.topGms.map((row) => ({ name: row.user.name, count: row.count }))}
                  label={s.topGms}
                  color="#8c2f1e"
                />
              )}
            </section>
          </div>
        )}
      </QueryView>
    </>
  );
}
