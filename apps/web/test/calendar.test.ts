import { describe, expect, it } from 'vitest';

import {
  dayKey,
  findClashes,
  gridRange,
  monthGrid,
  sessionsByDay,
  startOfWeek,
  weekDays,
} from '../src/lib/calendar.js';

const at = (text: string) => new Date(text);
const session = (id: number, gameId: number, start: string, end: string) => ({
  id,
  gameId,
  start: at(start),
  end: at(end),
});

describe('calendar layout', () => {
  it('a month grid starts on a Monday and covers every day of the month', () => {
    const weeks = monthGrid(2026, 11); // December 2026 starts on a Tuesday

    expect(weeks[0]?.[0]?.getDay()).toBe(1);
    expect(dayKey(weeks[0]![0]!)).toBe('2026-11-30');
    expect(weeks.every((week) => week.length === 7)).toBe(true);
    const keys = weeks.flat().map(dayKey);
    expect(keys).toContain('2026-12-01');
    expect(keys).toContain('2026-12-31');
    expect(weeks).toHaveLength(5);
  });

  it('a month starting on a Monday has no leading days from the month before', () => {
    const weeks = monthGrid(2027, 1); // February 2027 starts on a Monday
    expect(dayKey(weeks[0]![0]!)).toBe('2027-02-01');
    expect(weeks).toHaveLength(4);
  });

  it('the week of a Sunday starts on the Monday before it', () => {
    expect(dayKey(startOfWeek(at('2026-12-06T15:00:00')))).toBe('2026-11-30');
  });

  it('a week across the end of daylight saving time still has seven distinct days', () => {
    const days = weekDays(startOfWeek(at('2026-10-25T12:00:00')));
    expect(new Set(days.map(dayKey)).size).toBe(7);
    expect(days.map((day) => day.getHours())).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });

  it('the range of a grid ends at midnight after its last day', () => {
    const range = gridRange(monthGrid(2026, 11));
    expect(dayKey(range.start)).toBe('2026-11-30');
    expect(dayKey(range.end)).toBe('2027-01-04');
  });

  it('groups sessions by the local day they start on, earliest first', () => {
    const byDay = sessionsByDay([
      session(2, 1, '2026-12-05T21:00:00', '2026-12-05T23:00:00'),
      session(1, 2, '2026-12-05T14:00:00', '2026-12-05T17:00:00'),
      session(3, 1, '2026-12-06T23:00:00', '2026-12-07T02:00:00'),
    ]);

    expect(byDay.get('2026-12-05')?.map((s) => s.id)).toEqual([1, 2]);
    expect(byDay.get('2026-12-06')?.map((s) => s.id)).toEqual([3]);
    expect(byDay.has('2026-12-07')).toBe(false);
  });
});

describe('clashes between the viewer sessions', () => {
  it('marks both sessions when two games overlap', () => {
    const clashes = findClashes([
      session(1, 10, '2026-12-05T20:00:00Z', '2026-12-05T23:00:00Z'),
      session(2, 20, '2026-12-05T22:00:00Z', '2026-12-06T01:00:00Z'),
      session(3, 30, '2026-12-07T20:00:00Z', '2026-12-07T23:00:00Z'),
    ]);
    expect([...clashes].sort()).toEqual([1, 2]);
  });

  it('a session ending when the next starts does not clash', () => {
    const clashes = findClashes([
      session(1, 10, '2026-12-05T17:00:00Z', '2026-12-05T20:00:00Z'),
      session(2, 20, '2026-12-05T20:00:00Z', '2026-12-05T23:00:00Z'),
    ]);
    expect(clashes.size).toBe(0);
  });

  it('a long session clashes with every shorter one inside it', () => {
    const clashes = findClashes([
      session(1, 10, '2026-12-05T10:00:00Z', '2026-12-05T22:00:00Z'),
      session(2, 20, '2026-12-05T11:00:00Z', '2026-12-05T12:00:00Z'),
      session(3, 30, '2026-12-05T18:00:00Z', '2026-12-05T19:00:00Z'),
    ]);
    expect([...clashes].sort()).toEqual([1, 2, 3]);
  });

  it('sessions of the same game never clash with each other', () => {
    const clashes = findClashes([
      session(1, 10, '2026-12-05T20:00:00Z', '2026-12-05T23:00:00Z'),
      session(2, 10, '2026-12-05T22:00:00Z', '2026-12-06T01:00:00Z'),
    ]);
    expect(clashes.size).toBe(0);
  });
});
