import { createRequire } from 'node:module';

import { describe, expect, it } from 'vitest';

describe('schemas', () => {
  it('imports nothing of the server from the browser entry point', async () => {
    const { readFile, readdir } = await import('node:fs/promises');
    const dir = new URL('../src/schemas/', import.meta.url);
    for (const file of await readdir(dir)) {
      const source = await readFile(new URL(file, dir), 'utf8');
      const imports = [...source.matchAll(/from '([^']+)'/g)].map((match) => match[1]);
      const allowed = (spec?: string) =>
        spec === 'zod' || spec === '@questboard/db/vocabulary' || spec?.startsWith('./');
      expect(imports.filter((spec) => !allowed(spec))).toEqual([]);
    }
  });

  it('takes the vocabularies from a data-layer module that imports nothing', async () => {
    const { readFile } = await import('node:fs/promises');
    const path = createRequire(import.meta.url).resolve('@questboard/db/vocabulary');
    const source = await readFile(path, 'utf8');

    expect(source).not.toMatch(/\bimport\b|\brequire\(/);
  });
});
