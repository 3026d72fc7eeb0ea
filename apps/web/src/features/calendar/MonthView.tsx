import { dayKey, sessionsByDay } from '../../lib/calendar.js';
import type { CalendarEntry } from './CalendarPage.js';
import { SessionChip } from './SessionChip.js';
import { calendarStrings as s } from './strings.js';

/** A month as Monday-first weeks; days of the neighbouring months are dimmed. */
export function MonthView({
  weeks,
  month,
  sessions,
  clashes,
}: {
  weeks: Date[][];
  month: number;
  sessions: CalendarEntry[];
  clashes: Set<number>;
}) {
  const byDay = sessionsByDay(sessions);
  const today = dayKey(new Date());

  return (
    <div className="cal-month" role="table" aria-label="Month">
      <div className="cal-row cal-head" role="row">
        {s.weekdays.map((day) => (
          <div key={day} role="columnheader" className="cal-weekday">
            {day}
          </div>
        ))}
      </div>
      {weeks.map((week) => (
        <div key={dayKey(week[0]!)} className="cal-row" role="row">
          {week.map((day) => {
            const key = dayKey(day);
            const entries = byDay.get(key) ?? [];
            const classes = [
              'cal-day',
              day.getMonth() !== month ? 'cal-out' : '',
              key === today ? 'cal-today' : '',
              entries.length > 0 ? 'cal-has' : '',
            ];
            return (
              <div key={key} role="cell" className={classes.filter(Boolean).join(' ')}>
                <span className="cal-date">
                  <span className="cal-date-long">
                    {new Intl.DateTimeFormat('en-GB', {
                      weekday: 'short',
                      day: 'numeric',
                      month: 'short',
                    }).format(day)}
                  </span>
                  <span className="cal-date-short" aria-hidden="true">
                    {day.getDate()}
                  </span>
                </span>
                {entries.map((entry) => (
                  <SessionChip key={entry.id} entry={entry} clash={clashes.has(entry.id)} />
                ))}
              </div>
            );
          })}
        </div>
      ))}
    </div>
  );
}
