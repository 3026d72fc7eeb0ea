import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The real server (apps/server's `start` entry) running as a child on a loopback port. */
export interface ServerProcess {
  url: string;
  pid: number;
  /** Peak resident set size of the child so far (VmHWM), in MB. */
  peakRssMb(): Promise<number>;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

async function waitUntilReady(
  url: string,
  child: ChildProcess,
  output: () => string,
): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`The server exited with ${child.exitCode}:\n${output()}`);
    }
    try {
      const response = await fetch(`${url}/readyz`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`The server did not get ready within 60 s:\n${output()}`);
}

/**
 * Starts `node apps/server/dist/main.js` on the club's database: loopback only, warn-level
 * logs, the rate limit lifted (the load comes from one address) and the demo sign-in on, so
 * the contention run can sign members in.
 */
export async function startServerProcess(databaseUrl: string): Promise<ServerProcess> {
  const serverEntry = fileURLToPath(import.meta.resolve('@questboard/server'));
  const main = join(dirname(serverEntry), 'main.js');
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;

  let output = '';
  const child = spawn(process.execPath, [main], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      SESSION_SECRET: randomBytes(32).toString('hex'),
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: 'warn',
      DEMO_SIGN_IN: 'true',
      RATE_LIMIT_MAX: '1000000',
      NODE_ENV: 'production',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);

  try {
    await waitUntilReady(url, child, () => output);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }

  // The server must not outlive the bench, even when the bench is interrupted.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

  const pid = child.pid!;
  return {
    url,
    pid,
    async peakRssMb() {
      const status = await readFile(`/proc/${pid}/status`, 'utf8');
      const kb = Number(/VmHWM:\s+(\d+)\s+kB/.exec(status)?.[1] ?? Number.NaN);
      return kb / 1024;
    },
    async stop() {
      process.off('exit', killOnExit);
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
