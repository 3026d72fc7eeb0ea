import { availableParallelism, cpus, release, totalmem, type } from 'node:os';

import { withAdmin } from '../database.js';

export interface Machine {
  cpuModel: string;
  cores: number;
  memoryGb: number;
  os: string;
  node: string;
  postgres: string;
  postgresSettings: string;
  date: string;
}

/** What the figures were measured on. */
export async function describeMachine(): Promise<Machine> {
  const postgres = await withAdmin(async (client) => {
    const version = await client.query<{ server_version: string }>('show server_version');
    const settings = await client.query<{ name: string; setting: string; unit: string | null }>(
      `select name, setting, unit from pg_settings
       where name in ('shared_buffers', 'work_mem', 'effective_cache_size', 'max_connections')
       order by name`,
    );
    return {
      version: version.rows[0]?.server_version ?? 'unknown',
      settings: settings.rows
        .map((row) => `${row.name}=${row.setting}${row.unit ? ` ${row.unit}` : ''}`)
        .join(', '),
    };
  });

  return {
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
    cores: availableParallelism(),
    memoryGb: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    os: `${type()} ${release()}`,
    node: process.version,
    postgres: postgres.version,
    postgresSettings: postgres.settings,
    date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
  };
}
