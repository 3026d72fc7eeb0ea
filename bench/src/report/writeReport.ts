import { spawnSync } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import type { OperationResult, SizeResult } from '../measure/results.js';
import { renderChart } from './chart.js';
import type { Machine } from './machine.js';
import { targetLines } from './targets.js';

/** Everything after this line in REPORT.md is written by hand and survives regeneration. */
export const NOTES_MARKER =
  '<!-- hand-written notes below: kept when the report is regenerated -->';

const ms = (value: number | undefined) =>
  value === undefined || value === null || Number.isNaN(value)
    ? '–'
    : value < 10
      ? value.toFixed(2)
      : value.toFixed(1);
const rate = (value: number | undefined) =>
  value === undefined ? '–' : Math.round(value).toString();
const ratio = (value: number | undefined, floor: number | undefined) =>
  value === undefined || value === null || floor === undefined
    ? '–'
    : `${(value / floor).toFixed(1)}×`;

function operationRow(op: OperationResult): string {
  const floor = op.raw?.median;
  const layer = (timing: OperationResult['api'], withStatements = true) =>
    timing
      ? `${ms(timing.median)} / ${ms(timing.p95)} | ${ratio(timing.median, floor)} | ${rate(timing.throughput)}` +
        (withStatements ? ` | ${timing.statements ?? '–'}` : '')
      : withStatements
        ? '– | – | – | –'
        : '– | – | –';
  return `| ${op.label} | ${ms(op.raw?.median)} / ${ms(op.raw?.p95)} | ${rate(op.raw?.throughput)} | ${layer(op.repository)} | ${layer(op.api)} | ${layer(op.http, false)} |`;
}

function readsSection(result: SizeResult, machineCores: number): string[] {
  const notes = result.operations.flatMap((op) => op.notes.map((note) => `- ${op.label}: ${note}`));
  return [
    `### ${result.size}% (measured ${result.measuredAt.slice(0, 16).replace('T', ' ')} UTC` +
      (result.loadAverage
        ? `, load average ${result.loadAverage.start.toFixed(1)} → ${result.loadAverage.end.toFixed(1)} on ${machineCores} cores)`
        : ')'),
    '',
    '| operation | floor ms median / p95 | floor calls/s | repository ms | ×floor | calls/s | SQL/call | API ms | ×floor | calls/s | SQL/call | HTTP ms | ×floor | req/s |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
    ...result.operations.map(operationRow),
    '',
    ...(notes.length ? ['Missing figures:', '', ...notes, ''] : []),
  ];
}

function contentionSection(results: SizeResult[]): string[] {
  const runs = results.flatMap((result) =>
    (result.contention ?? []).map((run) => ({ size: result.size, run })),
  );
  if (runs.length === 0) return ['No contention run yet.', ''];
  const failures = runs.flatMap(({ size, run }) =>
    run.failures.map((failure) => `- ${size}% ${run.via}: \`${failure.replace(/`/g, "'")}\``),
  );
  return [
    `${runs[0]!.run.clients} members each try ${runs[0]!.run.games > 0 ? 'five' : 'no'} of ${runs[0]!.run.games} fresh open four-seat games at the same moment (about twenty attempts per table); the tables are then counted in SQL.`,
    '',
    '| size | via | clients | games × seats | seated | refused (409) | errors | overbooked games | attempts/s | ms median / p95 | result |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
    ...runs.map(
      ({ size, run: c }) =>
        `| ${size}% | ${c.via} | ${c.clients} | ${c.games} × ${c.partySize} | ${c.succeeded} | ${c.rejected} | ${c.failed} | ${c.overbooked} | ${rate(c.throughput)} | ${ms(c.median)} / ${ms(c.p95)} | **${c.passed ? 'PASS' : 'FAIL'}** |`,
    ),
    '',
    ...(failures.length ? ['Errors other than a full or closed table:', '', ...failures, ''] : []),
  ];
}

async function readResults(dir: string): Promise<SizeResult[]> {
  const files = (await readdir(dir).catch(() => [] as string[])).filter((name) =>
    /^size-\d+\.json$/.test(name),
  );
  const results = await Promise.all(
    files.map(async (name) => JSON.parse(await readFile(join(dir, name), 'utf8')) as SizeResult),
  );
  return results.sort((a, b) => a.size - b.size);
}

/** Rewrites REPORT.md and chart.svg from every results/size-*.json, keeping the hand-written notes. */
export async function writeReport(benchDir: string, machine: Machine): Promise<void> {
  const results = await readResults(join(benchDir, 'results'));
  const reportPath = join(benchDir, 'REPORT.md');
  const previous = await readFile(reportPath, 'utf8').catch(() => '');
  const notesAt = previous.indexOf(NOTES_MARKER);
  const notes = notesAt >= 0 ? previous.slice(notesAt + NOTES_MARKER.length) : '\n';

  const lines = [
    '# Questboard benchmark report',
    '',
    `Written by \`pnpm bench\` on ${machine.date}; each size below says when it was measured. Rerun: see [README.md](README.md).`,
    '',
    '## Machine',
    '',
    `- CPU: ${machine.cpuModel}, ${machine.cores} cores (\`nproc\`)`,
    `- Memory: ${machine.memoryGb} GB; ${machine.os}`,
    `- Node ${machine.node}; PostgreSQL ${machine.postgres} (${machine.postgresSettings})`,
    '- Server, bench and PostgreSQL share the machine; the load tool runs on the same cores.',
    '',
    '## Clubs',
    '',
    '| size | members | games | sessions | registrations | trophy rows |',
    '|---|---|---|---|---|---|',
    ...results.map(
      (r) =>
        `| ${r.size}% | ${r.counts.user} | ${r.counts.game} | ${r.counts.game_session} | ${r.counts.registration} | ${r.counts.user_trophy} |`,
    ),
    '',
    '## Targets',
    '',
    ...targetLines(results),
    '',
    '## Latency against club size',
    '',
    '![Median latency per operation against club size](chart.svg)',
    '',
    '## Reads',
    '',
    'Latency in ms (median / p95) of one caller in a loop; calls/s with 4 callers in parallel in',
    'process, and autocannon connections over HTTP. ×floor = median ÷ raw SQL median of the same run.',
    'SQL/call counts every statement one call sends, `begin`/`commit` included.',
    '',
    ...results.flatMap((result) => readsSection(result, machine.cores)),
    '## Contention: registering for four-seat games at once',
    '',
    ...contentionSection(results),
    '## Memory',
    '',
    '| size | server peak RSS (VmHWM) over the HTTP runs |',
    '|---|---|',
    ...results.map(
      (r) =>
        `| ${r.size}% | ${r.serverPeakRssMb === undefined ? '–' : `${r.serverPeakRssMb.toFixed(0)} MB`} |`,
    ),
    '',
    NOTES_MARKER,
  ];
  await writeFile(reportPath, `${lines.join('\n')}${notes}`);
  await writeFile(join(benchDir, 'chart.svg'), renderChart(results));

  // A PNG too, for viewers without SVG, when librsvg's converter is installed.
  spawnSync('rsvg-convert', ['-o', join(benchDir, 'chart.png'), join(benchDir, 'chart.svg')]);
}
