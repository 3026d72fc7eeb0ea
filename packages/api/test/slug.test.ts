import { describe, expect, it } from 'vitest';

import { slugBase, slugify } from '../src/services/games/slug.js';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

describe('slugs', () => {
  it('makes names URL-safe', () => {
    expect(slugify("L'Appel de Cthulhu : Édition 7 !")).toBe('l-appel-de-cthulhu-edition-7');
    expect(slugBase('🐉🐉', '🙂')).toBe('game-by-gm');
  });

  it('never leaves a double hyphen where a long GM handle cuts the name', () => {
    const slug = slugBase('ab cd', 'g'.repeat(83));
    expect(slug).toMatch(SLUG);
    expect(slug.length).toBeLessThanOrEqual(90);
  });

  it('stays within 90 characters with its suffix, whatever the lengths', () => {
    for (const nameLength of [1, 40, 85, 200]) {
      for (const handleLength of [1, 30, 86, 100]) {
        for (const suffix of ['', '-2', '-123']) {
          const slug = slugBase(`a b${'c'.repeat(nameLength)}`, 'h'.repeat(handleLength), suffix);
          expect(slug.length).toBeLessThanOrEqual(90);
          expect(slug).toMatch(SLUG);
          expect(slug.endsWith(suffix)).toBe(true);
        }
      }
    }
  });
});
