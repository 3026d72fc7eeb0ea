/**
 * Zod input schemas and the club's vocabularies, safe for the browser bundle: nothing here
 * imports server code.
 */
export * from './common.js';
export * from './enums.js';
export * from './games.js';
export * from './sessions.js';
