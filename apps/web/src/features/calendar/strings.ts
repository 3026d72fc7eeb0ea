/** The calendar's words, in one place so a translation can follow. */
export const calendarStrings = {
  title: 'Calendar',
  subtitle: 'Every session of the club, in your time zone.',
  month: 'Month',
  week: 'Week',
  view: 'View',
  previous: 'Previous',
  next: 'Next',
  today: 'Today',
  mine: 'Only my games',
  clash: 'Clash',
  clashLabel: 'Clashes with another of your sessions',
  clashes: (count: number) =>
    count === 1
      ? 'One of your sessions overlaps another: you cannot be at both tables.'
      : `${count} of your sessions overlap others: you cannot be at both tables.`,
  empty: 'No session in this period.',
  emptyMine: 'None of your games has a session in this period.',
  loading: 'Loading sessions…',
  weekOf: (label: string) => `Week of ${label}`,
  noSessionDay: 'No session',
  weekdays: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
};
