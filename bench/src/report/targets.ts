import type { OperationResult, SizeResult } from '../measure/results.js';

const mark = (ok: boolean | undefined) =>
  ok === undefined ? '⏳ not measured' : ok ? '✅ met' : '❌ missed';

/** The application layer a target is judged on: the API when measured, else the repositories. */
function appLayer(op: OperationResult): { name: string; timing: OperationResult['api'] } {
  return op.api ? { name: 'API', timing: op.api } : { name: 'repository', timing: op.repository };
}

/** The issue's targets, judged on the figures: one bullet each, with the numbers behind it. */
export function targetLines(results: SizeResult[]): string[] {
  const full = results.find((result) => result.size === 100);
  const lines: string[] = [];

  const readRatios = (full?.operations ?? []).map((op) => {
    const { name, timing } = appLayer(op);
    const value = timing && op.raw ? timing.median / op.raw.median : undefined;
    return { op, name, value };
  });
  const readsOk = readRatios.length
    ? readRatios.every((read) => read.value !== undefined && read.value <= 2)
    : undefined;
  lines.push(`- Every read within 2× of its raw SQL floor at 100% (in-process): ${mark(readsOk)}`);
  for (const read of readRatios) {
    lines.push(
      `  - ${read.op.label}: ${read.value === undefined ? '–' : `${read.value.toFixed(1)}× (${read.name})`} ${read.value !== undefined && read.value <= 2 ? '✅' : '❌'}`,
    );
  }

  const keys = [...new Set(results.flatMap((result) => result.operations.map((op) => op.key)))];
  const perOp = keys.map((key) => {
    const counts = results.map((result) => {
      const op = result.operations.find((candidate) => candidate.key === key);
      return op ? appLayer(op).timing?.statements : undefined;
    });
    const label = results.flatMap((r) => r.operations).find((op) => op.key === key)?.label ?? key;
    const known = counts.filter((count): count is number => count !== undefined);
    return { label, counts, constant: known.length === counts.length && new Set(known).size === 1 };
  });
  const statementsOk = perOp.length ? perOp.every((op) => op.constant) : undefined;
  lines.push(`- SQL statements per call constant across sizes: ${mark(statementsOk)}`);
  for (const op of perOp) {
    lines.push(
      `  - ${op.label}: ${op.counts.map((count) => count ?? '–').join(' / ')} ${op.constant ? '✅' : '❌'}`,
    );
  }

  const runs = results.flatMap((result) =>
    (result.contention ?? []).map((run) => ({ size: result.size, run })),
  );
  const bookingOk = runs.length ? runs.every(({ run }) => run.passed) : undefined;
  lines.push(`- No overbooking under contention: ${mark(bookingOk)}`);
  for (const { size, run } of runs) {
    lines.push(
      `  - ${size}% ${run.via}: ${run.overbooked} overbooked game(s), ${run.succeeded} seats for ${run.games * run.partySize} → **${run.passed ? 'PASS' : 'FAIL'}**`,
    );
  }

  const rss = results
    .map((result) => result.serverPeakRssMb)
    .filter((value): value is number => value !== undefined);
  const rssOk = rss.length ? Math.max(...rss) < 300 : undefined;
  lines.push(
    `- Server RSS under 300 MB: ${mark(rssOk)}${rss.length ? ` (peak ${Math.max(...rss).toFixed(0)} MB)` : ''}`,
  );
  return lines;
}
