import { mkdir, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { ensureClub } from './generate/generateClub.js';
import { parseSize, SIZES, type Size } from './generate/sizes.js';
import { measureInProcess } from './measure/measureInProcess.js';
import { measureOverHttp } from './measure/measureOverHttp.js';
import type { SizeResult } from './measure/results.js';
import { describeMachine } from './report/machine.js';
import { writeReport } from './report/writeReport.js';

/** bench/ — results and the report live next to the package. */
export const BENCH_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');

interface Options {
  sizes: Size[];
  rebuild: boolean;
  generateOnly: boolean;
  reportOnly: boolean;
}

function parseArgs(argv: string[]): Options {
  const options: Options = {
    sizes: [...SIZES],
    rebuild: false,
    generateOnly: false,
    reportOnly: false,
  };
  for (const arg of argv) {
    if (arg === '--rebuild') {
      options.rebuild = true;
    } else if (arg === '--report-only') {
      options.reportOnly = true;
    } else if (arg === '--generate-only') {
      options.generateOnly = true;
    } else if (arg.startsWith('--sizes=')) {
      options.sizes = arg.slice('--sizes='.length).split(',').map(parseSize);
    } else {
      throw new Error(
        `Unknown option ${arg} (known: --sizes=10,100,300 --rebuild --generate-only --report-only)`,
      );
    }
  }
  return options;
}

async function benchSize(size: Size, rebuild: boolean, generateOnly: boolean): Promise<void> {
  const started = Date.now();
  const club = await ensureClub(size, { rebuild });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.error(`club ${size}%: ${club.reused ? 'reused' : 'built'} in ${seconds}s`, club.counts);
  if (generateOnly) {
    return;
  }

  console.error(`club ${size}%: measuring in process`);
  const log = (line: string) => console.error(line);
  const loadAtStart = loadavg()[0] ?? 0;
  const inProcess = await measureInProcess(club, log);
  console.error(`club ${size}%: measuring over HTTP`);
  const http = await measureOverHttp(club, inProcess.fixtures, inProcess.operations, log);
  const result: SizeResult = {
    size,
    counts: club.counts,
    measuredAt: new Date().toISOString(),
    operations: inProcess.operations,
    contention: http.contention,
    loadAverage: { start: loadAtStart, end: loadavg()[0] ?? 0 },
    ...(http.peakRssMb === undefined ? {} : { serverPeakRssMb: http.peakRssMb }),
  };

  const file = join(BENCH_DIR, 'results', `size-${size}.json`);
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(result, null, 2)}\n`);
  console.error(`club ${size}%: results in ${file}`);
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  for (const size of options.reportOnly ? [] : options.sizes) {
    await benchSize(size, options.rebuild, options.generateOnly);
  }
  if (!options.generateOnly) {
    await writeReport(BENCH_DIR, await describeMachine());
    console.error(`report: ${join(BENCH_DIR, 'REPORT.md')}`);
  }
}

// Exit through process.exit so 'exit' handlers stop the server child.
process.once('SIGINT', () => process.exit(130));
process.once('SIGTERM', () => process.exit(143));

await main();
