// Migrates the database at DATABASE_URL and seeds it: reference data, and the demo club
// unless `--reference-only` is given. Run: DATABASE_URL=… pnpm --filter @questboard/db seed
import { createOrm, migrate } from '../orm.js';
import { seedDatabase } from '../seeders/seedDatabase.js';

const clientUrl = process.env.DATABASE_URL;
if (!clientUrl) {
  console.error('DATABASE_URL is not set (postgres://user@host:port/database)');
  process.exit(1);
}

const demo = !process.argv.includes('--reference-only');
const orm = await createOrm({ clientUrl, poolMax: 2 });

try {
  const applied = await migrate(orm, (name) => console.log(`migrated ${name}`));
  console.log(applied.length ? `${applied.length} migration(s) applied` : 'schema up to date');

  console.log(`seeding reference data${demo ? ' and the demo club' : ''}…`);
  await seedDatabase(orm, { demo, onProgress: (message) => console.log(`  ${message}`) });
  console.log('done');
} catch (error) {
  console.error('seeding failed:', error);
  process.exitCode = 1;
} finally {
  await orm.close();
}
