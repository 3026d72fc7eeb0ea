// Configuration for the MikroORM CLI (migration:create, migration:up): reads DATABASE_URL.
import type { Options } from '@mikro-orm/postgresql';

import { ormConfig } from './orm.js';

const base = ormConfig({
  clientUrl: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/questboard',
});

const config: Options = {
  ...base,
  migrations: {
    ...base.migrations,
    migrationsList: undefined,
    path: './dist/migrations',
    pathTs: './src/migrations',
    emit: 'ts' as const,
    // Not the compiled declarations next to them in dist (Migration….d.ts).
    glob: 'Migration!(*.d).{js,ts}',
    fileName: (timestamp: string, name?: string) =>
      `Migration${timestamp}${name ? `_${name}` : ''}`,
  },
};

export default config;
