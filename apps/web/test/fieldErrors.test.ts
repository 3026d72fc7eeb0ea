import { describe, expect, it } from 'vitest';

import { describeProblem, problemOf, reasonStrings } from '../src/lib/errors.js';
import { fieldErrorsFromIssues, fieldErrorsFromProblem } from '../src/lib/fieldErrors.js';

/** The shape a TRPCClientError has after the API's error formatter. */
const apiError = (code: string, reason: string | null, field: string | null, message: string) => ({
  message,
  data: { code, httpStatus: 409, reason, field },
});

describe('API refusals in words', () => {
  it('a full game says so rather than repeating the API message', () => {
    const error = apiError('CONFLICT', 'game_full', null, 'Game is full');
    expect(describeProblem(error)).toBe('The table is full: every seat is taken.');
  });

  it('an unknown reason falls back to the API message', () => {
    const error = apiError('CONFLICT', 'brand_new_reason', null, 'Something specific');
    expect(describeProblem(error)).toBe('Something specific');
  });

  it('a code without a reason uses the words of the code', () => {
    expect(describeProblem(apiError('UNAUTHORIZED', null, null, 'Sign in first'))).toBe(
      'Sign in first.',
    );
  });

  it('a failed fetch reads as an unreachable server', () => {
    expect(problemOf(new TypeError('Failed to fetch')).code).toBe('NETWORK');
    expect(describeProblem(new TypeError('Failed to fetch'))).toMatch(/cannot be reached/);
  });
});

describe('field errors of the game form', () => {
  it('keeps the first issue of each field, nested fields as dotted paths', () => {
    const errors = fieldErrorsFromIssues([
      { path: ['name'], message: 'Too short' },
      { path: ['name'], message: 'Second issue' },
      { path: ['classification', 'horror'], message: 'Too big' },
    ]);
    expect(errors).toEqual({ name: 'Too short', 'classification.horror': 'Too big' });
  });

  it('an issue on an array item is reported on the array control', () => {
    const errors = fieldErrorsFromIssues(
      [{ path: ['ambience', 1], message: 'Invalid option' }],
      ['ambience'],
    );
    expect(errors).toEqual({ ambience: 'Invalid option' });
  });

  it('an API error naming a known field lands next to that field without its prefix', () => {
    const error = apiError('BAD_REQUEST', 'invalid', 'partySize', 'partySize: Too small');
    expect(fieldErrorsFromProblem(error, ['name', 'partySize'])).toEqual({
      partySize: 'Too small',
    });
  });

  it('an API reason with words uses them next to the field', () => {
    const error = apiError('CONFLICT', 'name_taken', 'name', 'This value is already taken');
    expect(fieldErrorsFromProblem(error, ['name'])).toEqual({
      name: 'That name is already taken.',
    });
  });

  it('an API error on an unknown field goes to the form as a whole', () => {
    const error = apiError('CONFLICT', 'not_draft', 'status', 'Only drafts');
    expect(fieldErrorsFromProblem(error, ['name'])).toEqual({ form: 'Only a draft can do that.' });
  });
});

describe('every refusal the API can give has words', () => {
  // Loading the API package (and the ORM under it) takes a few seconds.
  it('each conflict reason of the API is translated', { timeout: 60_000 }, async () => {
    const { CONFLICT_REASONS } = await import('@questboard/api');
    const missing = CONFLICT_REASONS.filter((reason) => !reasonStrings[reason]);
    expect(missing).toEqual([]);
  });
});
