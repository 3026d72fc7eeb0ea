import { gameCreateInput, type GameCreateInput } from '@questboard/api/schemas';

import { fromDateTimeLocal, toDateTimeLocal } from '../../lib/dates.js';
import { fieldErrorsFromIssues, type FieldErrors } from '../../lib/fieldErrors.js';
import type {
  Ambience,
  CharacterMode,
  Frequency,
  GameType,
  Restriction,
  XpLevel,
} from '../../lib/vocab.js';
import { formStrings as s } from './strings.js';

/** The form as the inputs hold it: text for text boxes, so a half-typed number survives. */
export interface GameFormState {
  name: string;
  type: GameType;
  length: string;
  systemId: string;
  vttId: string;
  specialEventId: string;
  date: string;
  sessionLength: string;
  frequency: Frequency | '';
  partySize: string;
  partySelection: boolean;
  xp: XpLevel;
  characters: CharacterMode;
  restriction: Restriction;
  restrictionTags: string;
  classification: { action: number; investigation: number; interaction: number; horror: number };
  ambience: Ambience[];
  description: string;
  complement: string;
  img: string;
}

/** Every field the form edits, in the order of the page (used to place the API's field errors). */
export const GAME_FORM_FIELDS = [
  'name',
  'type',
  'systemId',
  'vttId',
  'date',
  'sessionLength',
  'frequency',
  'length',
  'partySize',
  'partySelection',
  'xp',
  'characters',
  'restriction',
  'restrictionTags',
  'classification',
  'ambience',
  'specialEventId',
  'description',
  'complement',
  'img',
] as const;

/** A blank form: next Saturday at 20:00 local time, four seats, a one-shot. */
export function emptyGameForm(now = new Date()): GameFormState {
  const saturday = new Date(
    now.getFullYear(),
    now.getMonth(),
    now.getDate() + ((6 - now.getDay() + 7) % 7 || 7),
    20,
    0,
  );
  return {
    name: '',
    type: 'oneshot',
    length: '',
    systemId: '',
    vttId: '',
    specialEventId: '',
    date: toDateTimeLocal(saturday),
    sessionLength: '3',
    frequency: '',
    partySize: '4',
    partySelection: false,
    xp: 'all',
    characters: 'with_gm',
    restriction: 'all',
    restrictionTags: '',
    classification: { action: 1, investigation: 1, interaction: 1, horror: 0 },
    ambience: [],
    description: '',
    complement: '',
    img: '',
  };
}

/** The form filled with an existing game's fields (the edit page). */
export function gameFormOf(game: GameCreateInput): GameFormState {
  return {
    name: game.name,
    type: game.type,
    length: game.length ?? '',
    systemId: String(game.systemId),
    vttId: game.vttId === null ? '' : String(game.vttId),
    specialEventId: game.specialEventId === null ? '' : String(game.specialEventId),
    date: toDateTimeLocal(game.date),
    sessionLength: String(game.sessionLength),
    frequency: game.frequency ?? '',
    partySize: String(game.partySize),
    partySelection: game.partySelection,
    xp: game.xp,
    characters: game.characters,
    restriction: game.restriction,
    restrictionTags: game.restrictionTags.join(', '),
    classification: { ...game.classification },
    ambience: [...game.ambience],
    description: game.description,
    complement: game.complement ?? '',
    img: game.img ?? '',
  };
}

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());
const idOrNull = (text: string) => (text === '' ? null : Number(text));
/** Empty stays undefined so the schema says "required", not "expected number, got NaN". */
const numberOrUndefined = (text: string) =>
  text.trim() === '' ? undefined : Number(text.replace(',', '.'));

/** The form as the API's input, before validation. */
export function toGameInput(state: GameFormState): Record<string, unknown> {
  return {
    name: state.name,
    type: state.type,
    length: orNull(state.length),
    systemId: state.systemId === '' ? undefined : Number(state.systemId),
    vttId: idOrNull(state.vttId),
    specialEventId: idOrNull(state.specialEventId),
    date: fromDateTimeLocal(state.date) ?? undefined,
    sessionLength: numberOrUndefined(state.sessionLength),
    frequency: state.frequency === '' ? null : state.frequency,
    partySize: numberOrUndefined(state.partySize),
    partySelection: state.partySelection,
    xp: state.xp,
    characters: state.characters,
    restriction: state.restriction,
    restrictionTags: state.restrictionTags
      .split(',')
      .map((tag) => tag.trim())
      .filter((tag) => tag !== ''),
    classification: state.classification,
    ambience: state.ambience,
    description: state.description,
    complement: orNull(state.complement),
    img: orNull(state.img),
  };
}

interface SchemaIssue {
  code: string;
  message: string;
  input?: unknown;
  origin?: string;
  minimum?: unknown;
  maximum?: unknown;
}

/** The schema's messages in the form's own words; anything unforeseen keeps the schema's. */
export function friendlier(issue: SchemaIssue): string {
  const { code, input, origin } = issue;
  if ((code === 'invalid_type' && input === undefined) || (code === 'too_small' && input === '')) {
    return s.required;
  }
  if (code === 'invalid_type' && typeof input === 'number') return s.notANumber;
  if (code === 'too_small' && origin === 'number') return s.atLeast(Number(issue.minimum));
  if (code === 'too_big' && origin === 'number') return s.atMost(Number(issue.maximum));
  if (code === 'too_big' && origin === 'string') return s.tooLong(Number(issue.maximum));
  if (code === 'too_big' && origin === 'array') return s.tooMany(Number(issue.maximum));
  if (code === 'invalid_format') return s.badLink;
  return issue.message;
}

export type GameFormResult =
  { ok: true; data: GameCreateInput } | { ok: false; errors: FieldErrors };

/** Validates the form with the API's own schema; errors are keyed by field. */
export function validateGameForm(state: GameFormState): GameFormResult {
  const parsed = gameCreateInput.safeParse(toGameInput(state), { reportInput: true });
  if (parsed.success) {
    return { ok: true, data: parsed.data };
  }
  const issues = parsed.error.issues.map((issue) => ({
    path: issue.path,
    message: friendlier(issue as SchemaIssue),
  }));
  return { ok: false, errors: fieldErrorsFromIssues(issues, ['restrictionTags', 'ambience']) };
}

/** Only the fields that differ from the loaded game: an update sends what the GM changed. */
export function changedFields(
  before: GameCreateInput,
  after: GameCreateInput,
): Partial<GameCreateInput> {
  const changes: Partial<GameCreateInput> = {};
  for (const key of Object.keys(after) as (keyof GameCreateInput)[]) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      Object.assign(changes, { [key]: after[key] });
    }
  }
  return changes;
}
