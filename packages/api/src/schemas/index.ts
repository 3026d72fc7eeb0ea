/**
 * Zod input schemas and the club's vocabularies, safe for the browser bundle: nothing here
 * imports server code.
 */
export * from './common.js';
export * from './enums.js';
export * from './events.js';
export * from './games.js';
export * from './outbox.js';
export * from './reference.js';
export * from './sessions.js';
export * from './stats.js';
export * from './trophies.js';
export * from './users.js';
