import { arcPath, donutSlices, monthLabel, niceMax, ticks } from '../../lib/chartMath.js';

/** Colours of the two game types across every chart. */
export const TYPE_COLORS = { oneshot: '#8c2f1e', campaign: '#3d6b4b' } as const;

/** Horizontal bars, one per row, the value written at the end of each bar. */
export function BarChart({
  rows,
  label,
  color = '#b9852f',
}: {
  rows: { name: string; count: number }[];
  label: string;
  color?: string;
}) {
  const max = niceMax(Math.max(0, ...rows.map((row) => row.count)));
  const rowHeight = 28;
  const labelWidth = 132;
  const width = 350;
  const barSpace = width - labelWidth - 34;

  return (
    <svg
      className="chart"
      viewBox={`0 0 ${width} ${rows.length * rowHeight + 8}`}
      role="img"
      aria-label={label}
    >
      <title>{label}</title>
      {rows.map((row, index) => {
        const y = index * rowHeight + 4;
        const barWidth = Math.max(2, (row.count / max) * barSpace);
        return (
          <g key={row.name}>
            <title>{`${row.name}: ${row.count}`}</title>
            <text x={labelWidth - 8} y={y + 18} textAnchor="end" className="chart-label">
              {row.name.length > 16 ? `${row.name.slice(0, 15)}…` : row.name}
            </text>
            <rect
              x={labelWidth}
              y={y + 4}
              width={barWidth}
              height={rowHeight - 10}
              rx={4}
              fill={color}
            />
            <text x={labelWidth + barWidth + 6} y={y + 18} className="chart-value">
              {row.count}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** Columns per month, stacked by game type, with a light grid. */
export function MonthChart({
  months,
  label,
  legend,
}: {
  months: { month: string; oneshot: number; campaign: number }[];
  label: string;
  legend: { oneshot: string; campaign: string };
}) {
  const width = 900;
  const height = 260;
  const pad = { left: 32, right: 8, top: 12, bottom: 28 };
  const max = niceMax(Math.max(0, ...months.map((m) => m.oneshot + m.campaign)));
  const plotHeight = height - pad.top - pad.bottom;
  const slot = (width - pad.left - pad.right) / Math.max(1, months.length);
  const y = (value: number) => pad.top + plotHeight - (value / max) * plotHeight;

  return (
    <figure className="chart-figure">
      <svg className="chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label}>
        <title>{label}</title>
        {ticks(max).map((tick) => (
          <g key={tick}>
            <line
              x1={pad.left}
              x2={width - pad.right}
              y1={y(tick)}
              y2={y(tick)}
              className="chart-grid"
            />
            <text x={pad.left - 6} y={y(tick) + 4} textAnchor="end" className="chart-axis">
              {tick}
            </text>
          </g>
        ))}
        {months.map((m, index) => {
          const x = pad.left + index * slot + slot * 0.18;
          const barWidth = slot * 0.64;
          return (
            <g key={m.month}>
              <rect
                x={x}
                y={y(m.oneshot)}
                width={barWidth}
                height={y(0) - y(m.oneshot)}
                fill={TYPE_COLORS.oneshot}
                rx={2}
              >
                <title>{`${monthLabel(m.month)}: ${m.oneshot} ${legend.oneshot}`}</title>
              </rect>
              <rect
                x={x}
                y={y(m.oneshot + m.campaign)}
                width={barWidth}
                height={y(m.oneshot) - y(m.oneshot + m.campaign)}
                fill={TYPE_COLORS.campaign}
                rx={2}
              >
                <title>{`${monthLabel(m.month)}: ${m.campaign} ${legend.campaign}`}</title>
              </rect>
              <text x={x + barWidth / 2} y={height - 8} textAnchor="middle" className="chart-axis">
                {monthLabel(m.month)}
              </text>
            </g>
          );
        })}
      </svg>
      <Legend
        items={[
          [legend.oneshot, TYPE_COLORS.oneshot],
          [legend.campaign, TYPE_COLORS.campaign],
        ]}
      />
    </figure>
  );
}

/** A ring split by value, the total in its middle. */
export function DonutChart({
  slices,
  label,
  totalLabel,
}: {
  slices: { name: string; value: number; color: string }[];
  label: string;
  totalLabel: string;
}) {
  const angles = donutSlices(slices.map((slice) => slice.value));
  const total = slices.reduce((sum, slice) => sum + slice.value, 0);

  return (
    <figure className="chart-figure chart-donut">
      <svg className="chart" viewBox="0 0 200 200" role="img" aria-label={label}>
        <title>{label}</title>
        <circle cx={100} cy={100} r={75} className="chart-ring" />
        {slices.map((slice, index) =>
          slice.value > 0 ? (
            <path
              key={slice.name}
              d={arcPath(100, 100, 90, 60, angles[index]!.start, angles[index]!.end)}
              fill={slice.color}
            >
              <title>{`${slice.name}: ${slice.value}`}</title>
            </path>
          ) : null,
        )}
        <text x={100} y={100} textAnchor="middle" className="chart-total">
          {total}
        </text>
        <text x={100} y={122} textAnchor="middle" className="chart-axis">
          {totalLabel}
        </text>
      </svg>
      <Legend
        items={slices.map((slice) => [`${slice.name} (${slice.value})`, slice.color] as const)}
      />
    </figure>
  );
}

function Legend({ items }: { items: readonly (readonly [string, string])[] }) {
  return (
    <figcaption className="chart-legend">
      {items.map(([name, color]) => (
        <span key={name}>
          <span className="chart-swatch" style={{ background: color }} aria-hidden="true" /> {name}
        </span>
      ))}
    </figcaption>
  );
}
