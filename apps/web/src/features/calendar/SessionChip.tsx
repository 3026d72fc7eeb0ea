import { Link } from 'react-router-dom';

import { formatTime } from '../../lib/dates.js';
import type { CalendarEntry } from './CalendarPage.js';
import { calendarStrings as s } from './strings.js';

/** One session in a day: time, game name, and a visible clash mark. */
export function SessionChip({
  entry,
  clash,
  long,
}: {
  entry: CalendarEntry;
  clash: boolean;
  long?: boolean;
}) {
  return (
    <Link
      to={`/games/${entry.game.slug}`}
      className={`cal-session cal-session-${entry.game.type}${clash ? ' cal-clash' : ''}`}
      title={clash ? s.clashLabel : undefined}
    >
      <span className="cal-time">
        {formatTime(entry.start)}
        {long && `–${formatTime(entry.end)}`}
      </span>{' '}
      <span className="cal-name">{entry.game.name}</span>
      {clash && (
        <span className="cal-clash-mark">
          <span aria-hidden="true">⚠</span> {s.clash}
        </span>
      )}
    </Link>
  );
}
