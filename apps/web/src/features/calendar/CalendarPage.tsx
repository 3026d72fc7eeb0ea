import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';

import { Notice } from '../../components/Notice.js';
import { PageHeader } from '../../components/PageHeader.js';
import { Empty, ErrorState, Loading } from '../../components/States.js';
import type { Outputs } from '../../lib/api.js';
import {
  addDays,
  dayKey,
  findClashes,
  gridRange,
  monthGrid,
  startOfWeek,
  weekDays,
} from '../../lib/calendar.js';
import { formatDay } from '../../lib/dates.js';
import { useTRPC } from '../../trpc.js';
import { useViewer } from '../auth/useViewer.js';
import { MonthView } from './MonthView.js';
import { calendarStrings as s } from './strings.js';
import { WeekView } from './WeekView.js';

export type CalendarEntry = Outputs['sessions']['inRange'][number];

/** `2026-12-05` → that local day; anything else → today. */
function parseDay(value: string | null): Date {
  const match = value ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  if (!match) return new Date();
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

/** Month and week views of the sessions; view, date and the own-games filter live in the URL. */
export function CalendarPage() {
  const trpc = useTRPC();
  const viewer = useViewer();
  const [params, setParams] = useSearchParams();
  const view = params.get('view') === 'week' ? 'week' : 'month';
  const anchorKey = dayKey(parseDay(params.get('date')));
  const anchor = useMemo(() => parseDay(anchorKey), [anchorKey]);
  const mineOnly = viewer !== null && params.get('mine') === '1';

  const days = useMemo(
    () =>
      view === 'month'
        ? monthGrid(anchor.getFullYear(), anchor.getMonth())
        : [weekDays(startOfWeek(anchor))],
    [view, anchor],
  );
  const range = gridRange(days);
  const sessions = useQuery({
    ...trpc.sessions.inRange.queryOptions({ ...range, mine: mineOnly }),
    placeholderData: keepPreviousData,
  });
  // Clashes are between the viewer's own sessions, whatever the board shows.
  const own = useQuery({
    ...trpc.sessions.inRange.queryOptions({ ...range, mine: true }),
    enabled: viewer !== null,
    placeholderData: keepPreviousData,
  });
  const clashes = useMemo(
    () =>
      findClashes(
        (own.data ?? []).map((entry) => ({
          id: entry.id,
          start: entry.start,
          end: entry.end,
          gameId: entry.game.id,
        })),
      ),
    [own.data],
  );

  const go = (change: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(change)) {
      if (value === null) next.delete(key);
      else next.set(key, value);
    }
    setParams(next);
  };
  const shift = (direction: 1 | -1) => {
    const target =
      view === 'month'
        ? new Date(anchor.getFullYear(), anchor.getMonth() + direction, 1)
        : addDays(anchor, 7 * direction);
    go({ date: dayKey(target) });
  };
  const title =
    view === 'month'
      ? new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric' }).format(anchor)
      : s.weekOf(formatDay(startOfWeek(anchor)));

  return (
    <>
      <PageHeader title={s.title} subtitle={s.subtitle} />
      <div className="calendar-toolbar">
        <div className="button-row">
          <button
            type="button"
            className="button button-small"
            onClick={() => shift(-1)}
            aria-label={s.previous}
          >
            ←
          </button>
          <button type="button" className="button button-small" onClick={() => go({ date: null })}>
            {s.today}
          </button>
          <button
            type="button"
            className="button button-small"
            onClick={() => shift(1)}
            aria-label={s.next}
          >
            →
          </button>
          <h2 className="calendar-title" aria-live="polite">
            {title}
          </h2>
        </div>
        <div className="button-row">
          <div className="segmented" role="group" aria-label={s.view}>
            <button
              type="button"
              aria-pressed={view === 'month'}
              onClick={() => go({ view: null })}
            >
              {s.month}
            </button>
            <button
              type="button"
              aria-pressed={view === 'week'}
              onClick={() => go({ view: 'week' })}
            >
              {s.week}
            </button>
          </div>
          {viewer && (
            <label className="check">
              <input
                type="checkbox"
                checked={mineOnly}
                onChange={(event) => go({ mine: event.target.checked ? '1' : null })}
              />
              {s.mine}
            </label>
          )}
        </div>
      </div>
      {clashes.size > 0 && <Notice tone="error">{s.clashes(clashes.size)}</Notice>}
      {sessions.isPending ? (
        <Loading label={s.loading} />
      ) : sessions.isError ? (
        <ErrorState error={sessions.error} onRetry={() => void sessions.refetch()} />
      ) : (
        <>
          {sessions.data.length === 0 && <Empty title={mineOnly ? s.emptyMine : s.empty} />}
          {view === 'month' ? (
            <MonthView
              weeks={days}
              month={anchor.getMonth()}
              sessions={sessions.data}
              clashes={clashes}
            />
          ) : (
            <WeekView days={days[0] ?? []} sessions={sessions.data} clashes={clashes} />
          )}
        </>
      )}
    </>
  );
}
