import { describe, expect, it } from 'vitest';

import {
  changedFields,
  emptyGameForm,
  gameFormOf,
  toGameInput,
  validateGameForm,
  type GameFormState,
} from '../src/features/announce/gameFormState.js';

const filled = (change: Partial<GameFormState> = {}): GameFormState => ({
  ...emptyGameForm(new Date(2026, 11, 2, 10, 0)),
  name: 'The Haunting of Hill Hall',
  systemId: '3',
  ...change,
});

describe('the game form, validated with the API schema', () => {
  it('a blank form starts next Saturday at 20:00 with four seats', () => {
    const form = emptyGameForm(new Date(2026, 11, 2, 10, 0)); // a Wednesday
    expect(form.date).toBe('2026-12-05T20:00');
    expect(form.partySize).toBe('4');
  });

  it('a filled form becomes the API input with typed values', () => {
    const result = validateGameForm(
      filled({
        vttId: '2',
        partySize: '5',
        sessionLength: '3,5',
        restrictionTags: ' gore, , spiders ',
      }),
    );

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data).toMatchObject({
      name: 'The Haunting of Hill Hall',
      systemId: 3,
      vttId: 2,
      partySize: 5,
      sessionLength: 3.5,
      restrictionTags: ['gore', 'spiders'],
      date: new Date(2026, 11, 5, 20, 0),
      specialEventId: null,
      img: null,
    });
  });

  it('missing name, system and date each say they are required', () => {
    const result = validateGameForm(filled({ name: '  ', systemId: '', date: '' }));

    expect(result).toEqual({
      ok: false,
      errors: { name: 'Required.', systemId: 'Required.', date: 'Required.' },
    });
  });

  it('out-of-range numbers name their bounds', () => {
    const result = validateGameForm(filled({ partySize: '0', sessionLength: '30' }));

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.partySize).toBe('Must be at least 1.');
    expect(result.errors.sessionLength).toBe('Must be at most 23.9.');
  });

  it('text in a number field says it must be a number', () => {
    const result = validateGameForm(filled({ partySize: 'four' }));
    expect(!result.ok && result.errors.partySize).toBe('Must be a number.');
  });

  it('an image that is not a web address is refused next to the field', () => {
    const result = validateGameForm(filled({ img: 'not a link' }));
    expect(!result.ok && result.errors.img).toMatch(/web address/);
  });

  it('empty optional texts travel as null, not as empty strings', () => {
    const input = toGameInput(filled());
    expect(input).toMatchObject({ length: null, complement: null, img: null, frequency: null });
  });

  it('a loaded game fills the form and round-trips unchanged', () => {
    const valid = validateGameForm(filled({ frequency: 'weekly', ambience: ['epic'] }));
    if (!valid.ok) throw new Error('fixture should be valid');

    const again = validateGameForm(gameFormOf(valid.data));

    expect(again).toEqual(valid);
  });

  it('an edit sends only the fields that changed', () => {
    const before = validateGameForm(filled());
    const after = validateGameForm(
      filled({
        partySize: '6',
        classification: { action: 2, investigation: 1, interaction: 1, horror: 0 },
      }),
    );
    if (!before.ok || !after.ok) throw new Error('fixtures should be valid');

    expect(changedFields(before.data, after.data)).toEqual({
      partySize: 6,
      classification: { action: 2, investigation: 1, interaction: 1, horror: 0 },
    });
  });
});
