/** Dates travel as UTC; these helpers show them in the viewer's own time zone. */

/** "Sat 12 Dec 2026, 20:30" in the given (default: the viewer's) time zone. */
export function formatDateTime(date: Date, timeZone?: string, locale = 'en-GB'): string {
  return new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  }).format(date);
}

/** "12 Dec 2026". */
export function formatDay(date: Date, timeZone?: string, locale = 'en-GB'): string {
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone,
  }).format(date);
}

/** "20:30". */
export function formatTime(date: Date, timeZone?: string, locale = 'en-GB'): string {
  return new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', timeZone }).format(
    date,
  );
}

/** "20:30 – 23:30", or with both dates when the range crosses midnight. */
export function formatRange(start: Date, end: Date, timeZone?: string): string {
  const sameDay = formatDay(start, timeZone) === formatDay(end, timeZone);
  const tail = sameDay ? formatTime(end, timeZone) : formatDateTime(end, timeZone);
  return `${formatDateTime(start, timeZone)} – ${tail}`;
}

const pad = (value: number) => String(value).padStart(2, '0');

/** The value an `<input type="datetime-local">` shows for this instant, in local time. */
export function toDateTimeLocal(date: Date): string {
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}`
  );
}

/** The instant a `datetime-local` value names in local time, or null when empty or invalid. */
export function fromDateTimeLocal(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!match) {
    return null;
  }
  const [year, month, day, hours, minutes] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const date = new Date(year, month - 1, day, hours, minutes);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** Hours between two instants, one decimal. */
export function hoursBetween(start: Date, end: Date): number {
  return Math.round((end.getTime() - start.getTime()) / 360_000) / 10;
}
