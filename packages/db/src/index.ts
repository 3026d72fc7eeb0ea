export * from './entities/index.js';
export * from './repositories/index.js';
export { createOrm, migrate, ormConfig, type OrmOptions } from './orm.js';
export { migrationsList } from './migrations/index.js';
export { MikroORM, type EntityManager } from '@mikro-orm/postgresql';
export * from './seeders/index.js';
