import { describe, expect, it } from 'vitest';

import { donutSlices, monthLabel, niceMax, ticks } from '../src/lib/chartMath.js';

describe('chart helpers', () => {
  it('rounds an axis maximum up to a readable number', () => {
    expect([0, 1, 7, 43, 180, 1000].map(niceMax)).toEqual([1, 1, 10, 50, 200, 1000]);
  });

  it('ticks are whole numbers from zero to the maximum', () => {
    expect(ticks(10)).toEqual([0, 3, 6, 9]);
    expect(ticks(4)).toEqual([0, 1, 2, 3, 4]);
    expect(ticks(1)).toEqual([0, 1]);
  });

  it('donut slices share the circle in proportion and end at a full turn', () => {
    const slices = donutSlices([1, 3]);
    expect(slices[0]?.end).toBeCloseTo(Math.PI / 2);
    expect(slices[1]?.end).toBeCloseTo(Math.PI * 2);
  });

  it('an all-zero donut draws nothing rather than dividing by zero', () => {
    expect(donutSlices([0, 0])).toEqual([
      { start: 0, end: 0 },
      { start: 0, end: 0 },
    ]);
  });

  it('labels a month key as a short month and year', () => {
    expect(monthLabel('2026-11')).toBe('Nov 26');
    expect(monthLabel('nonsense')).toBe('nonsense');
  });
});
