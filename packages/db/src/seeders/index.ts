export { DemoSeeder, demoSlug } from './DemoSeeder.js';
export { DEMO_ACCOUNTS } from './demoData.js';
export { ReferenceSeeder, type SeedContext } from './ReferenceSeeder.js';
export {
  GAME_TYPE_TROPHIES,
  REFERENCE_CATEGORIES,
  REFERENCE_SYSTEMS,
  REFERENCE_TROPHIES,
  REFERENCE_VTTS,
} from './referenceData.js';
export { seedDatabase, type SeedOptions } from './seedDatabase.js';
