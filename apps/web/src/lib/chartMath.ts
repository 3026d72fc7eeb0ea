/** Small helpers for the hand-drawn SVG charts. */

/** A round upper bound for an axis: 7 → 8, 43 → 50, 0 → 1. */
export function niceMax(value: number): number {
  if (value <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 2.5, 5, 10].find((factor) => factor * magnitude >= value) ?? 10;
  return step * magnitude;
}

/** Evenly spaced axis ticks from 0 to `max`, whole numbers only. */
export function ticks(max: number, count = 4): number[] {
  const step = Math.max(1, Math.round(max / count));
  const values: number[] = [];
  for (let value = 0; value <= max; value += step) values.push(value);
  return values;
}

/** The slices of a donut: each value's start and end angle in radians, clockwise from 12 o'clock. */
export function donutSlices(values: readonly number[]): { start: number; end: number }[] {
  const total = values.reduce((sum, value) => sum + value, 0);
  let angle = 0;
  return values.map((value) => {
    const start = angle;
    angle += total === 0 ? 0 : (value / total) * Math.PI * 2;
    return { start, end: angle };
  });
}

/** The SVG path of a donut slice between two angles. */
export function arcPath(
  cx: number,
  cy: number,
  outer: number,
  inner: number,
  start: number,
  end: number,
): string {
  // A full circle cannot be one arc: stop just short of it.
  const sweep = Math.min(end - start, Math.PI * 2 - 0.0001);
  const point = (radius: number, angle: number) =>
    `${(cx + radius * Math.sin(angle)).toFixed(2)} ${(cy - radius * Math.cos(angle)).toFixed(2)}`;
  const large = sweep > Math.PI ? 1 : 0;
  const stop = start + sweep;
  return [
    `M ${point(outer, start)}`,
    `A ${outer} ${outer} 0 ${large} 1 ${point(outer, stop)}`,
    `L ${point(inner, stop)}`,
    `A ${inner} ${inner} 0 ${large} 0 ${point(inner, start)}`,
    'Z',
  ].join(' ');
}

/** "2026-11" → "Nov 26". */
export function monthLabel(month: string, locale = 'en-GB'): string {
  const [year, index] = month.split('-').map(Number);
  if (!year || !index) return month;
  return new Intl.DateTimeFormat(locale, {
    month: 'short',
    year: '2-digit',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, index - 1, 1)));
}
