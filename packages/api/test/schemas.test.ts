import { describe, expect, it } from 'vitest';

import * as db from '@questboard/db';

import * as schemas from '../src/schemas/index.js';

describe('schemas', () => {
  it('re-declares exactly the vocabularies of the data layer', () => {
    expect(schemas.GAME_TYPES).toEqual(db.GAME_TYPES);
    expect(schemas.GAME_STATUSES).toEqual(db.GAME_STATUSES);
    expect(schemas.RESTRICTIONS).toEqual(db.RESTRICTIONS);
    expect(schemas.XP_LEVELS).toEqual(db.XP_LEVELS);
    expect(schemas.FREQUENCIES).toEqual(db.FREQUENCIES);
    expect(schemas.CHARACTER_MODES).toEqual(db.CHARACTER_MODES);
    expect(schemas.AMBIENCES).toEqual(db.AMBIENCES);
    expect(schemas.GAME_EVENT_ACTIONS).toEqual(db.GAME_EVENT_ACTIONS);
    expect(schemas.SNOWFLAKE_REGEX.source).toBe(db.SNOWFLAKE_PATTERN);
  });

  it('imports nothing of the server from the browser entry point', async () => {
    const { readFile, readdir } = await import('node:fs/promises');
    const dir = new URL('../src/schemas/', import.meta.url);
    for (const file of await readdir(dir)) {
      const source = await readFile(new URL(file, dir), 'utf8');
      const imports = [...source.matchAll(/from '([^']+)'/g)].map((match) => match[1]);
      expect(imports.every((spec) => spec === 'zod' || spec?.startsWith('./'))).toBe(true);
    }
  });
});
