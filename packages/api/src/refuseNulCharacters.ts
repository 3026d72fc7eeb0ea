import { InvalidInput } from './errors/index.js';

/** Inputs are shallow; a deeper structure is not walked (the schema refuses it anyway). */
const MAX_DEPTH = 16;

/**
 * The dotted path of the first string holding a NUL character, '' for the input itself, or
 * null when there is none. PostgreSQL cannot store NUL in text, so such input must be refused
 * before it reaches the database (where it fails as a protocol error, not a field error).
 */
export function pathOfNulCharacter(value: unknown, path: string[] = []): string | null {
  if (typeof value === 'string') {
    return value.includes('\u0000') ? path.join('.') : null;
  }
  if (path.length >= MAX_DEPTH || typeof value !== 'object' || value === null) {
    return null;
  }
  for (const [key, item] of Object.entries(value)) {
    const found = pathOfNulCharacter(item, [...path, key]);
    if (found !== null) {
      return found;
    }
  }
  return null;
}

/** Throws a BAD_REQUEST naming the field when any string of the input holds a NUL character. */
export function refuseNulCharacters(input: unknown): void {
  const field = pathOfNulCharacter(input);
  if (field !== null) {
    throw new InvalidInput(field || 'input', 'must not contain NUL characters', 'nul_character');
  }
}
