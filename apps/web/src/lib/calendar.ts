/** Calendar layout in the viewer's local time: month grids, week strips, clashes. */

/** A session as the calendar needs it. */
export interface CalendarSession {
  id: number;
  start: Date;
  end: Date;
  gameId: number;
}

/** Midnight (local) of the day holding `date`. */
export function startOfDay(date: Date): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate());
}

/** Adds whole calendar days, staying at the same wall-clock time across DST changes. */
export function addDays(date: Date, days: number): Date {
  return new Date(
    date.getFullYear(),
    date.getMonth(),
    date.getDate() + days,
    date.getHours(),
    date.getMinutes(),
  );
}

/** Monday (local midnight) of the week holding `date`. */
export function startOfWeek(date: Date): Date {
  const day = startOfDay(date);
  const offset = (day.getDay() + 6) % 7;
  return addDays(day, -offset);
}

/** "2026-12-05": a key for a local calendar day. */
export function dayKey(date: Date): string {
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${month}-${day}`;
}

/** The seven days (local midnights) of the week starting at `weekStart`. */
export function weekDays(weekStart: Date): Date[] {
  return Array.from({ length: 7 }, (_, index) => addDays(weekStart, index));
}

/**
 * The weeks shown for a month: Monday-first rows of seven days covering the whole month,
 * padded with the neighbouring months' days.
 */
export function monthGrid(year: number, month: number): Date[][] {
  const first = new Date(year, month, 1);
  const last = new Date(year, month + 1, 0);
  const weeks: Date[][] = [];

  for (let start = startOfWeek(first); start <= last; start = addDays(start, 7)) {
    weeks.push(weekDays(start));
  }
  return weeks;
}

/** The [start, end) instants a month grid or a week covers, for the `inRange` query. */
export function gridRange(days: Date[][]): { start: Date; end: Date } {
  const first = days[0]?.[0] ?? new Date();
  const lastWeek = days[days.length - 1] ?? [];
  const last = lastWeek[lastWeek.length - 1] ?? first;
  return { start: first, end: addDays(last, 1) };
}

/**
 * Sessions grouped by the local day they start on, each day's list sorted by start.
 * A session crossing midnight shows on its first day only.
 */
export function sessionsByDay<T extends { id: number; start: Date }>(
  sessions: readonly T[],
): Map<string, T[]> {
  const byDay = new Map<string, T[]>();
  for (const session of sessions) {
    const key = dayKey(session.start);
    byDay.set(key, [...(byDay.get(key) ?? []), session]);
  }
  for (const list of byDay.values()) {
    list.sort((a, b) => a.start.getTime() - b.start.getTime() || a.id - b.id);
  }
  return byDay;
}

/**
 * Ids of sessions that overlap a session of another game: the viewer cannot be at both
 * tables. Touching ends (one ends when the next starts) do not clash.
 */
export function findClashes(sessions: readonly CalendarSession[]): Set<number> {
  const sorted = [...sessions].sort((a, b) => a.start.getTime() - b.start.getTime());
  const clashing = new Set<number>();

  for (let i = 0; i < sorted.length; i += 1) {
    const current = sorted[i]!;
    for (let j = i + 1; j < sorted.length; j += 1) {
      const next = sorted[j]!;
      if (next.start.getTime() >= current.end.getTime()) {
        break;
      }
      if (next.gameId !== current.gameId) {
        clashing.add(current.id);
        clashing.add(next.id);
      }
    }
  }
  return clashing;
}
