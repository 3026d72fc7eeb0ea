import { describe, expect, it } from 'vitest';

import {
  formatDateTime,
  formatRange,
  fromDateTimeLocal,
  hoursBetween,
  toDateTimeLocal,
} from '../src/lib/dates.js';

const instant = new Date('2026-12-12T19:30:00Z');

describe('dates in the viewer time zone', () => {
  it('shows the same instant at the wall-clock time of each zone', () => {
    expect(formatDateTime(instant, 'Europe/Paris')).toBe('Sat, 12 Dec 2026, 20:30');
    expect(formatDateTime(instant, 'America/New_York')).toBe('Sat, 12 Dec 2026, 14:30');
  });

  it('a session crossing midnight in one zone shows both dates there only', () => {
    const end = new Date('2026-12-12T23:30:00Z');
    expect(formatRange(instant, end, 'UTC')).toBe('Sat, 12 Dec 2026, 19:30 – 23:30');
    expect(formatRange(instant, end, 'Asia/Tokyo')).toBe('Sun, 13 Dec 2026, 04:30 – 08:30');
    expect(formatRange(instant, end, 'Europe/Paris')).toBe(
      'Sat, 12 Dec 2026, 20:30 – Sun, 13 Dec 2026, 00:30',
    );
  });

  it('a datetime-local value round-trips to the same instant', () => {
    const local = new Date(2026, 11, 12, 20, 30);
    expect(toDateTimeLocal(local)).toBe('2026-12-12T20:30');
    expect(fromDateTimeLocal('2026-12-12T20:30')?.getTime()).toBe(local.getTime());
  });

  it('an empty or malformed datetime-local value is no date', () => {
    expect(fromDateTimeLocal('')).toBeNull();
    expect(fromDateTimeLocal('12/12/2026 20:30')).toBeNull();
  });

  it('counts hours between two instants to one decimal', () => {
    expect(hoursBetween(instant, new Date('2026-12-12T23:00:00Z'))).toBe(3.5);
  });
});
