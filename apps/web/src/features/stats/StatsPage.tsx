import { useQuery } from '@tanstack/react-query';

import { Empty, QueryView } from '../../components/States.js';
import { typeLabels } from '../../lib/vocab.js';
import { useTRPC } from '../../trpc.js';
import { BarChart, DonutChart, MonthChart, TYPE_COLORS } from './charts.js';

export const statsStrings = {
  title: 'Stats',
  subtitle: 'What the club has been playing.',
  loading: 'Counting the dice…',
  empty: 'No game yet: the charts will fill up as the club plays.',
  perMonth: 'Games per month',
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
      <header className="page-header">
        <div>
          <h1>{s.title}</h1>
          <p>{s.subtitle}</p>
        </div>
      </header>
      <QueryView
        query={stats}
        loadingLabel={s.loading}
        isEmpty={(data) => data.byType.oneshot + data.byType.campaign === 0}
        empty={<Empty title={s.empty} />}
      >
        {(data) => (
          <div className="stats-grid">
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
                  { name: typeLabels.oneshot, value: data.byType.oneshot, color: TYPE_COLORS.oneshot },
                  { name: typeLabels.campaign, value: data.byType.campaign, color: TYPE_COLORS.campaign },
                ]}
              />
            </section>
            <section className="panel" aria-labelledby="top-systems">
              <h2 id="top-systems">{s.topSystems}</h2>
              {data.topSystems.length === 0 ? <p className="muted">{s.none}</p> : <BarChart rows={data.topSystems} label={s.topSystems} />}
            </section>
            <section className="panel" aria-labelledby="top-vtts">
              <h2 id="top-vtts">{s.topVtts}</h2>
              {data.topVtts.length === 0 ? <p className="muted">{s.none}</p> : <BarChart rows={data.topVtts} label={s.topVtts} color="#2f5f8c" />}
            </section>
          </div>
        )}
      </QueryView>
    </>
  );
}
