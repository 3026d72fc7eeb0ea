import type { MigrationObject } from '@mikro-orm/core';

import { Migration20261204171252 } from './Migration20261204171252.js';
import { Migration20261204180449 } from './Migration20261204180449.js';

/**
 * Every committed migration, in order. The migrator is handed these classes instead of
 * reading files, so migrations run the same under Node, the CLI and vitest.
 * A new migration from `migration:create` must be added here (a test checks it is).
 */
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261204171252', class: Migration20261204171252 },
  { name: 'Migration20261204180449', class: Migration20261204180449 },
];
