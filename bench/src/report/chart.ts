import type { OperationKey } from '../measure/operations.js';
import type { SizeResult } from '../measure/results.js';

type Layer = 'raw' | 'repository' | 'api' | 'http';

const LAYERS: { layer: Layer; label: string; color: string; dash?: string }[] = [
  { layer: 'raw', label: 'raw SQL floor (pg)', color: '#6b7280', dash: '4 3' },
  { layer: 'repository', label: 'repository (MikroORM)', color: '#2563eb' },
  { layer: 'api', label: 'API in-process (createCaller)', color: '#16a34a' },
  { layer: 'http', label: 'HTTP (autocannon, median)', color: '#ea580c' },
];

const PANEL = { width: 300, height: 210, left: 52, right: 26, top: 34, bottom: 36 };
const COLUMNS = 3;

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Tick values 1-2-5 per decade covering [low, high]. */
function logTicks(low: number, high: number): number[] {
  const ticks: number[] = [];
  for (
    let decade = Math.floor(Math.log10(low));
    decade <= Math.ceil(Math.log10(high));
    decade += 1
  ) {
    for (const step of [1, 2, 5]) {
      const value = step * 10 ** decade;
      if (value >= low * 0.999 && value <= high * 1.001) ticks.push(value);
    }
  }
  return ticks;
}

const tickLabel = (value: number) => (value >= 1 ? `${value}` : `${Number(value.toPrecision(1))}`);

function panel(
  key: OperationKey,
  label: string,
  results: SizeResult[],
  x0: number,
  y0: number,
): string {
  const sizes = results.map((result) => result.size);
  const series = LAYERS.map((layer) => ({
    ...layer,
    points: results
      .map((result) => {
        const op = result.operations.find((candidate) => candidate.key === key);
        return { size: result.size, ms: op?.[layer.layer]?.median };
      })
      .filter(
        (point): point is { size: number; ms: number } => point.ms !== undefined && point.ms > 0,
      ),
  }));

  const values = series.flatMap((line) => line.points.map((point) => point.ms));
  const low = 10 ** Math.floor(Math.log10(Math.min(...values, 1)));
  const high = 10 ** Math.ceil(Math.log10(Math.max(...values, 1.01)));
  const plotW = PANEL.width - PANEL.left - PANEL.right;
  const plotH = PANEL.height - PANEL.top - PANEL.bottom;
  const minSize = Math.min(...sizes);
  const maxSize = Math.max(...sizes);
  const x = (size: number) =>
    x0 +
    PANEL.left +
    (maxSize === minSize
      ? plotW / 2
      : ((Math.log10(size) - Math.log10(minSize)) / (Math.log10(maxSize) - Math.log10(minSize))) *
        plotW);
  const y = (ms: number) =>
    y0 +
    PANEL.top +
    plotH -
    ((Math.log10(ms) - Math.log10(low)) / (Math.log10(high) - Math.log10(low))) * plotH;

  const parts: string[] = [
    `<text x="${x0 + PANEL.left}" y="${y0 + 20}" class="title">${escape(label)}</text>`,
  ];
  for (const tick of logTicks(low, high)) {
    parts.push(
      `<line x1="${x0 + PANEL.left}" x2="${x0 + PANEL.left + plotW}" y1="${y(tick)}" y2="${y(tick)}" class="grid"/>`,
      `<text x="${x0 + PANEL.left - 6}" y="${y(tick) + 4}" class="tick" text-anchor="end">${tickLabel(tick)}</text>`,
    );
  }
  for (const size of sizes) {
    parts.push(
      `<text x="${x(size)}" y="${y0 + PANEL.top + plotH + 16}" class="tick" text-anchor="middle">${size}%</text>`,
    );
  }
  parts.push(
    `<text x="${x0 + 14}" y="${y0 + PANEL.top + plotH / 2}" class="tick" transform="rotate(-90 ${x0 + 14} ${y0 + PANEL.top + plotH / 2})" text-anchor="middle">ms (log)</text>`,
  );
  for (const line of series) {
    if (line.points.length === 0) continue;
    const path = line.points
      .map((point) => `${x(point.size).toFixed(1)},${y(point.ms).toFixed(1)}`)
      .join(' ');
    parts.push(
      `<polyline points="${path}" fill="none" stroke="${line.color}" stroke-width="2"${line.dash ? ` stroke-dasharray="${line.dash}"` : ''}/>`,
      ...line.points.map(
        (point) =>
          `<circle cx="${x(point.size).toFixed(1)}" cy="${y(point.ms).toFixed(1)}" r="3" fill="${line.color}"/>`,
      ),
    );
  }
  return parts.join('\n');
}

/**
 * Small multiples, one panel per operation: median latency (log scale) against club size,
 * one line per layer, so the growth of each layer and its distance to the floor show at once.
 */
export function renderChart(results: SizeResult[]): string {
  const sorted = [...results].sort((a, b) => a.size - b.size);
  const operations = sorted.reduce<SizeResult['operations']>(
    (most, result) => (result.operations.length > most.length ? result.operations : most),
    [],
  );
  const rows = Math.ceil(operations.length / COLUMNS);
  const width = PANEL.width * COLUMNS;
  const legendHeight = 56;
  const height = legendHeight + rows * PANEL.height + 10;

  const legend = LAYERS.map(
    (layer, index) =>
      `<line x1="${16 + index * 225}" x2="${40 + index * 225}" y1="42" y2="42" stroke="${layer.color}" stroke-width="2"${layer.dash ? ` stroke-dasharray="${layer.dash}"` : ''}/>` +
      `<text x="${46 + index * 225}" y="46" class="tick">${escape(layer.label)}</text>`,
  );
  const panels = operations.map((operation, index) =>
    panel(
      operation.key,
      operation.label,
      sorted,
      (index % COLUMNS) * PANEL.width,
      legendHeight + Math.floor(index / COLUMNS) * PANEL.height,
    ),
  );

  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
<style>
  text { font-family: 'DejaVu Sans', Arial, sans-serif; fill: #111827; }
  .title { font-size: 13px; font-weight: bold; }
  .tick { font-size: 11px; fill: #374151; }
  .grid { stroke: #e5e7eb; stroke-width: 1; }
</style>
<rect width="100%" height="100%" fill="#ffffff"/>
<text x="16" y="22" class="title">Questboard: median latency against club size (10% / 100% / 300%)</text>
${legend.join('\n')}
${panels.join('\n')}
</svg>
`;
}
