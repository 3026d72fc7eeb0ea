/**
 * The club's closed vocabularies, copied from @questboard/db so the browser bundle imports no
 * server code. A test asserts each list equals the data layer's.
 */

export const GAME_TYPES = ['oneshot', 'campaign'] as const;
export type GameType = (typeof GAME_TYPES)[number];

export const GAME_STATUSES = ['draft', 'open', 'closed', 'archived'] as const;
export type GameStatus = (typeof GAME_STATUSES)[number];

export const RESTRICTIONS = ['all', '16+', '18+'] as const;
export type Restriction = (typeof RESTRICTIONS)[number];

export const XP_LEVELS = ['all', 'beginners', 'seasoned'] as const;
export type XpLevel = (typeof XP_LEVELS)[number];

export const FREQUENCIES = ['weekly', 'bi-weekly', 'monthly', 'other'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

export const CHARACTER_MODES = ['with_gm', 'self', 'pregen', 'choice'] as const;
export type CharacterMode = (typeof CHARACTER_MODES)[number];

export const AMBIENCES = ['chill', 'serious', 'comic', 'epic'] as const;
export type Ambience = (typeof AMBIENCES)[number];

export const GAME_EVENT_ACTIONS = [
  'create',
  'edit',
  'delete',
  'create-session',
  'edit-session',
  'delete-session',
  'register',
  'unregister',
  'alert',
] as const;
export type GameEventAction = (typeof GAME_EVENT_ACTIONS)[number];

/** A Discord snowflake: a decimal string of 17 to 21 digits. */
export const SNOWFLAKE_REGEX = /^[0-9]{17,21}$/;
