import { dayKey, sessionsByDay } from '../../lib/calendar.js';
import type { CalendarEntry } from './CalendarPage.js';
import { SessionChip } from './SessionChip.js';
import { calendarStrings as s } from './strings.js';

/** Seven day columns with each session's start and end; stacked on a phone. */
export function WeekView({
  days,
  sessions,
  clashes,
}: {
  days: Date[];
  sessions: CalendarEntry[];
  clashes: Set<number>;
}) {
  const byDay = sessionsByDay(sessions);
  const today = dayKey(new Date());

  return (
    <div className="cal-week">
      {days.map((day) => {
        const key = dayKey(day);
        const entries = byDay.get(key) ?? [];
        return (
          <section
            key={key}
            className={`cal-week-day${key === today ? ' cal-today' : ''}`}
            aria-label={day.toDateString()}
          >
            <h3 className="cal-week-title">
              {new Intl.DateTimeFormat('en-GB', {
                weekday: 'long',
                day: 'numeric',
                month: 'short',
              }).format(day)}
            </h3>
            {entries.length === 0 ? (
              <p className="muted small">{s.noSessionDay}</p>
            ) : (
              entries.map((entry) => (
                <SessionChip key={entry.id} entry={entry} clash={clashes.has(entry.id)} long />
              ))
            )}
          </section>
        );
      })}
    </div>
  );
}
